<?php
/**
 * The content model's rules as the plugin's build exported them from `@ketahanan/model`: each section's
 * schema (as valibot runs it), the cross-references between sections, the lists whose ids must be unique,
 * the built-in content of both languages and the problem messages.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\Content;

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

/**
 * Read-only access to the exported rules.
 */
final class Content_Rules {

	/**
	 * Rule nodes by section name, in the article's order.
	 *
	 * @var array<string, array<string, mixed>>
	 */
	public readonly array $sections;

	/**
	 * Cross-references in merge order: `from`, `field`, `many`, `optional`, `to`, `target`.
	 *
	 * @var array<int, array<string, mixed>>
	 */
	public readonly array $references;

	/**
	 * Paths of the lists whose items' ids must be unique (`[ 'faq' ]`, `[ 'resilience', 'aspects' ]`).
	 *
	 * @var array<int, array<int, string>>
	 */
	public readonly array $id_lists;

	/**
	 * The built-in content by locale, as associative arrays.
	 *
	 * @var array<string, array<string, mixed>>
	 */
	public readonly array $defaults;

	public readonly Problem_Messages $messages;

	/**
	 * Loads the rules from the plugin's `data/` folder.
	 *
	 * @param string $data_dir Folder holding content-rules.json, default-content.json and messages.json.
	 */
	public function __construct( string $data_dir ) {
		$rules            = self::read( $data_dir . '/content-rules.json' );
		$this->sections   = $rules['sections'];
		$this->references = $rules['references'];
		$this->id_lists   = $rules['idLists'];
		$this->defaults   = self::read( $data_dir . '/default-content.json' );
		$this->messages   = new Problem_Messages( self::read( $data_dir . '/messages.json' ) );
	}

	/**
	 * The section names, in the article's order.
	 *
	 * @return array<int, string>
	 */
	public function section_names(): array {
		return array_keys( $this->sections );
	}

	/**
	 * Decodes one of the plugin's own JSON files.
	 *
	 * @param string $file Path.
	 * @return array<mixed>
	 */
	private static function read( string $file ): array {
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin, not a URL.
		return json_decode( (string) file_get_contents( $file ), true, 512, JSON_THROW_ON_ERROR );
	}
}
