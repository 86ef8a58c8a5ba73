<?php
/**
 * An element's own UI strings (its `messages` attribute, see the elements' README): a block gives them as an
 * object, a shortcode as JSON text. Written out as compact JSON, or not at all when they are not an object of
 * strings; the element itself checks the keys and placeholders and keeps its built-in strings for bad ones.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\Markup;

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

/**
 * The `messages` attribute.
 */
final class Element_Messages {

	/**
	 * Longer is not a set of UI strings (every built-in string together is about 3,000 characters).
	 */
	private const MAX_LENGTH = 20000;

	/**
	 * The attribute's JSON, or null.
	 *
	 * @param mixed $value A block's object (decoded as an array) or a shortcode's JSON text.
	 */
	public static function attribute( mixed $value ): ?string {
		if ( is_string( $value ) ) {
			$value = json_decode( $value, true );
		}
		if ( ! is_array( $value ) || array() === $value || array_is_list( $value ) ) {
			return null;
		}
		$json = (string) json_encode( $value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
		return strlen( $json ) <= self::MAX_LENGTH ? $json : null;
	}

	/**
	 * The page's language packs as the scripts the elements read (`data-kl-language-pack`); packs that are not
	 * objects with `lang` and `messages` are left out.
	 *
	 * @param array<mixed> $packs Language packs, decoded as arrays.
	 */
	public static function pack_scripts( array $packs ): string {
		$scripts = array();
		foreach ( $packs as $pack ) {
			if ( is_array( $pack ) && is_string( $pack['lang'] ?? null ) && is_array( $pack['messages'] ?? null ) ) {
				$scripts[] = '<script type="application/json" data-kl-language-pack>' . Html::script_json( $pack ) . '</script>';
			}
		}
		return implode( "\n", $scripts );
	}
}
