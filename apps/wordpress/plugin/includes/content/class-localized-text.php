<?php
/**
 * One content file for a bilingual site, as the model's localized-text.ts reads it: a text field may hold
 * `{ "id": "…", "en": "…" }`, or one of them; before validation it becomes the text of the locale asked for,
 * else the other language's. In a list such an object must have `en` (an object with only `id` is an item).
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\Content;

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

/**
 * Localizing a decoded JSON document (objects as stdClass, lists as arrays).
 */
final class Localized_Text {

	/**
	 * Texts sit a few levels deep (section, list, item, field); deeper nesting is left for validation.
	 */
	private const MAX_DEPTH = 8;

	/**
	 * `$value` with every localized text field replaced by its text in `$locale`, else the other language's.
	 *
	 * @param mixed  $value   Decoded JSON.
	 * @param string $locale  `id` or `en`.
	 * @param bool   $in_list Whether `$value` is an item of a list.
	 * @param int    $depth   How deep `$value` is.
	 */
	public static function localize( mixed $value, string $locale, bool $in_list = false, int $depth = 0 ): mixed {
		$texts = self::texts( $value, $in_list );
		if ( null !== $texts ) {
			return $texts[ $locale ] ?? reset( $texts );
		}
		if ( $depth > self::MAX_DEPTH ) {
			return $value;
		}
		if ( is_array( $value ) ) {
			return array_map( static fn( mixed $item ): mixed => self::localize( $item, $locale, true, $depth + 1 ), $value );
		}
		if ( is_object( $value ) ) {
			$fields = array();
			foreach ( get_object_vars( $value ) as $key => $inner ) {
				$fields[ $key ] = self::localize( $inner, $locale, false, $depth + 1 );
			}
			return (object) $fields;
		}
		return $value;
	}

	/**
	 * The texts of a localized text object by language, or null when `$value` is not one.
	 *
	 * @param mixed $value   Decoded JSON.
	 * @param bool  $in_list Whether `$value` is an item of a list.
	 * @return array<string, string>|null
	 */
	private static function texts( mixed $value, bool $in_list ): ?array {
		if ( ! is_object( $value ) ) {
			return null;
		}
		$fields = get_object_vars( $value );
		if ( ! $fields || ( $in_list && ! array_key_exists( 'en', $fields ) ) ) {
			return null;
		}
		foreach ( $fields as $key => $text ) {
			if ( ( 'id' !== $key && 'en' !== $key ) || ! is_string( $text ) ) {
				return null;
			}
		}
		return $fields;
	}
}
