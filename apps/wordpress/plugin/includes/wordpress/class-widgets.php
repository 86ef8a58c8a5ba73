<?php
/**
 * The four widgets: their element, block, shortcode, script file, the content sections each reads, and the
 * settings a block's inspector and a shortcode's attributes offer (the element's own attributes).
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\WordPress;

use Ketahanan_Lokal\Markup\Element_Messages;

defined( 'ABSPATH' ) || exit;

/**
 * Widget definitions, and the sanitizing of their settings.
 */
final class Widgets {

	/**
	 * Every widget by slug. A setting's `attribute` is the element attribute (and the shortcode attribute);
	 * its key is the block attribute in block.json.
	 */
	public const ALL = array(
		'faq-accordion'       => array(
			'tag'       => 'kl-faq-accordion',
			'shortcode' => 'kl_faq_accordion',
			'file'      => 'faq-accordion.js',
			'sections'  => array( 'faq', 'faqHeader' ),
			'settings'  => array(
				'headingLevel'   => array( 'attribute' => 'heading-level', 'kind' => 'level' ),
				'messages'       => array( 'attribute' => 'messages', 'kind' => 'messages' ),
				'sectionHeader' => array( 'attribute' => 'section-header', 'kind' => 'flag' ),
				'single'         => array( 'attribute' => 'single', 'kind' => 'flag' ),
				'structuredData' => array( 'attribute' => 'structured-data', 'kind' => 'flag' ),
			),
		),
		'principle-checklist' => array(
			'tag'       => 'kl-principle-checklist',
			'shortcode' => 'kl_principle_checklist',
			'file'      => 'principle-checklist.js',
			'sections'  => array( 'principles', 'principlesHeader', 'challenges' ),
			'settings'  => array(
				'headingLevel' => array( 'attribute' => 'heading-level', 'kind' => 'level' ),
				'messages'     => array( 'attribute' => 'messages', 'kind' => 'messages' ),
				'sectionHeader' => array( 'attribute' => 'section-header', 'kind' => 'flag' ),
				'persist'      => array( 'attribute' => 'persist', 'kind' => 'choice', 'choices' => array( 'local', 'none' ) ),
				'storageKey'   => array( 'attribute' => 'storage-key', 'kind' => 'text' ),
			),
		),
		'challenge-explorer'  => array(
			'tag'       => 'kl-challenge-explorer',
			'shortcode' => 'kl_challenge_explorer',
			'file'      => 'challenge-explorer.js',
			'sections'  => array( 'challenges', 'challengesHeader', 'principles' ),
			'settings'  => array(
				'headingLevel' => array( 'attribute' => 'heading-level', 'kind' => 'level' ),
				'messages'     => array( 'attribute' => 'messages', 'kind' => 'messages' ),
				'sectionHeader' => array( 'attribute' => 'section-header', 'kind' => 'flag' ),
				'activation'   => array( 'attribute' => 'activation', 'kind' => 'choice', 'choices' => array( 'auto', 'manual' ) ),
				'syncHash'     => array( 'attribute' => 'sync-hash', 'kind' => 'flag' ),
			),
		),
		'partner-cards'       => array(
			'tag'       => 'kl-partner-cards',
			'shortcode' => 'kl_partner_cards',
			'file'      => 'partner-cards.js',
			'sections'  => array( 'partners', 'partnerships', 'partnershipsHeader', 'sectors' ),
			'settings'  => array(
				'headingLevel' => array( 'attribute' => 'heading-level', 'kind' => 'level' ),
				'messages'     => array( 'attribute' => 'messages', 'kind' => 'messages' ),
				'sectionHeader' => array( 'attribute' => 'section-header', 'kind' => 'flag' ),
				'layout'       => array( 'attribute' => 'layout', 'kind' => 'choice', 'choices' => array( 'grid', 'list' ) ),
				'sector'       => array( 'attribute' => 'sector', 'kind' => 'text' ),
				'area'         => array( 'attribute' => 'area', 'kind' => 'text' ),
			),
		),
	);

	/**
	 * The element attributes for `$settings`, each checked: a level is 1–6, a choice one of its values, a
	 * flag on or off, text plain and short. Anything else, or a default, is left out (the element's default).
	 *
	 * @param string               $slug     Widget slug.
	 * @param array<string, mixed> $settings Block attributes (camelCase keys) or shortcode attributes (element names).
	 * @return array<string, string|true>
	 */
	public static function element_attributes( string $slug, array $settings ): array {
		$attributes = array();
		foreach ( self::ALL[ $slug ]['settings'] as $key => $setting ) {
			$name  = $setting['attribute'];
			$value = $settings[ $key ] ?? $settings[ $name ] ?? null;
			if ( null === $value ) {
				continue;
			}
			$checked = match ( $setting['kind'] ) {
				'level'    => self::level( $value ),
				'flag'     => self::flag( $value ) ? true : null,
				'choice'   => in_array( $value, $setting['choices'], true ) && $value !== $setting['choices'][0] ? $value : null,
				'text'     => self::text( $value ),
				'messages' => Element_Messages::attribute( $value ),
			};
			if ( null !== $checked ) {
				$attributes[ $name ] = $checked;
			}
		}
		return $attributes;
	}

	/**
	 * A heading level other than the default 3, as text.
	 *
	 * @param mixed $value Value.
	 */
	private static function level( mixed $value ): ?string {
		$level = is_numeric( $value ) ? (int) $value : 3;
		return $level >= 1 && $level <= 6 && 3 !== $level ? (string) $level : null;
	}

	/**
	 * Whether a block flag or a shortcode flag (`single`, `single="1"`, `single="true"`, `single="yes"`) is on.
	 *
	 * @param mixed $value Value.
	 */
	public static function flag( mixed $value ): bool {
		return true === $value || ( is_string( $value ) && in_array( strtolower( $value ), array( '1', 'true', 'yes', 'on' ), true ) );
	}

	/**
	 * Plain text of at most 200 characters, or null when empty.
	 *
	 * @param mixed $value Value.
	 */
	private static function text( mixed $value ): ?string {
		$text = is_string( $value ) ? trim( sanitize_text_field( $value ) ) : '';
		return '' === $text ? null : (string) preg_replace( '/^(.{200}).+$/us', '$1', $text );
	}
}
