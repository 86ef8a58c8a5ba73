<?php
/**
 * The site owner's content document: stored once valid, read by every widget. It is validated again when
 * the plugin's version changes (a newer model may be stricter), and content that no longer passes is not
 * used: the widgets then show the built-in article, and the settings page says why.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\WordPress;

use Ketahanan_Lokal\Content\Content_Merge;
use Ketahanan_Lokal\Content\Content_Rules;
use Ketahanan_Lokal\Content\Content_Validator;
use Ketahanan_Lokal\Content\Json_Text;
use Ketahanan_Lokal\Content\Localized_Text;

defined( 'ABSPATH' ) || exit;

/**
 * The stored document and the content merged from it.
 */
final class Site_Content {

	public const OPTION = 'ketahanan_lokal_content';

	/**
	 * Merged content by locale, for this request.
	 *
	 * @var array<string, array<string, mixed>>
	 */
	private array $merged = array();

	/**
	 * The stored document's valid sections, once read (false: not read yet).
	 *
	 * @var array<string, mixed>|null|false
	 */
	private array|null|false $sections = false;

	/**
	 * Uses the model's rules.
	 *
	 * @param Content_Rules $rules Rules.
	 */
	public function __construct( private Content_Rules $rules ) {
	}

	/**
	 * The document's sections (validated), or null when there is none or it no longer validates.
	 *
	 * @return array<string, mixed>|null
	 */
	public function sections(): ?array {
		if ( false !== $this->sections ) {
			return $this->sections;
		}
		$stored = get_option( self::OPTION );
		if ( ! is_array( $stored ) || ! isset( $stored['document'] ) ) {
			$this->sections = null;
			return null;
		}
		if ( ( $stored['version'] ?? '' ) !== KETAHANAN_LOKAL_VERSION ) {
			$result = $this->validate( (string) $stored['document'], 'id' );
			if ( ! $result['ok'] ) {
				$this->sections = null;
				return null;
			}
			$stored['version'] = KETAHANAN_LOKAL_VERSION;
			update_option( self::OPTION, $stored, true );
		}
		$this->sections = json_decode( (string) $stored['document'], true );
		return $this->sections;
	}

	/**
	 * Whether a document is stored that this version of the model refuses.
	 */
	public function is_stale(): bool {
		$stored = get_option( self::OPTION );
		return is_array( $stored ) && isset( $stored['document'] ) && null === $this->sections();
	}

	/**
	 * Validates JSON text as a content document; problems in `$locale`.
	 *
	 * @param string $text   JSON text.
	 * @param string $locale `id` or `en`.
	 * @return array{ok: true, sections: array<string, mixed>, provided: array<int, string>}|array{ok: false, problems: array<int, array{path: string, message: string}>}
	 */
	public function validate( string $text, string $locale ): array {
		$decoded = Json_Text::decode( $text, $locale, $this->rules->messages );
		if ( ! $decoded['ok'] ) {
			return array( 'ok' => false, 'problems' => array( $decoded['problem'] ) );
		}
		return ( new Content_Validator( $this->rules ) )->validate( $decoded['value'], $locale );
	}

	/**
	 * Stores valid sections (what `validate()` returned).
	 *
	 * @param array<string, mixed> $sections Valid sections.
	 */
	public function save( array $sections ): void {
		$document = array() === $sections ? '{}' : (string) wp_json_encode( $sections, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
		update_option( self::OPTION, array( 'document' => $document, 'version' => KETAHANAN_LOKAL_VERSION ), true );
		$this->sections = false;
		$this->merged   = array();
	}

	/**
	 * Forgets the document: the widgets show the built-in article again.
	 */
	public function remove(): void {
		delete_option( self::OPTION );
		$this->sections = false;
		$this->merged   = array();
	}

	/**
	 * The whole content in `$locale`: the document's sections over the built-in article.
	 *
	 * @param string $locale `id` or `en`.
	 * @return array<string, mixed>
	 */
	public function merged( string $locale ): array {
		if ( ! isset( $this->merged[ $locale ] ) ) {
			$this->merged[ $locale ] = Content_Merge::sections( $this->rules->section_names(), $this->rules->defaults[ $locale ], $this->localized_sections( $locale ), $this->rules->references );
		}
		return $this->merged[ $locale ];
	}

	/**
	 * The document's sections with their bilingual texts in `$locale` (see class-localized-text.php).
	 *
	 * @param string $locale `id` or `en`.
	 * @return array<string, mixed>
	 */
	private function localized_sections( string $locale ): array {
		$sections = $this->sections();
		if ( null === $sections ) {
			return array();
		}
		$stored   = get_option( self::OPTION );
		$document = json_decode( (string) $stored['document'] );
		$own      = array();
		foreach ( array_keys( $sections ) as $name ) {
			$own[ $name ] = Content_Validator::associative( Localized_Text::localize( $document->{$name}, $locale ) );
		}
		return $own;
	}

	/**
	 * The document's own sections among `$names` (what a widget gets as inline JSON), or null for none.
	 *
	 * @param array<int, string> $names Section names the widget reads.
	 * @return array<string, mixed>|null
	 */
	public function own_sections( array $names ): ?array {
		$own = array_intersect_key( $this->sections() ?? array(), array_flip( $names ) );
		return array() === $own ? null : $own;
	}
}
