<?php
/**
 * The model's limit on stacked characters (stacked-characters.ts): no character, as a reader sees one (an
 * extended grapheme cluster), built of more code points than the limit. Such a character is one unbreakable
 * box as wide as all of them, which no column can hold. PCRE's `\X` segments text as Intl.Segmenter does.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\Content;

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

/**
 * Finds the first character stacked past the limit.
 */
final class Stacked_Characters {

	/**
	 * The first character of `$text` built of more than `$max` code points: its place counted in code
	 * points from 1 (text, as the model passes it) and its size; null when there is none.
	 *
	 * @param string $text UTF-8 text.
	 * @param int    $max  Most code points in one character.
	 * @return array{position: string, size: int}|null
	 */
	public static function first( string $text, int $max ): ?array {
		// Only a run of that many code points at or above U+0300 can stack that high (the model's shortcut).
		if ( 1 !== preg_match( '/[^\x{0}-\x{2FF}]{' . $max . '}/u', $text ) ) {
			return null;
		}
		preg_match_all( '/\X/u', $text, $characters );
		$position = 1;
		foreach ( $characters[0] as $character ) {
			$size = (int) preg_match_all( '/./su', $character );
			if ( $size > $max ) {
				return array(
					'position' => (string) $position,
					'size'     => $size,
				);
			}
			$position += $size;
		}
		return null;
	}
}
