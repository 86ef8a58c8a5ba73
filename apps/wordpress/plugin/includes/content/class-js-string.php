<?php
/**
 * String measures as JavaScript takes them. The model counts lengths in UTF-16 code units and trims with
 * ECMAScript's whitespace; PHP counts bytes and trims ASCII. Written without mbstring, which many hosts lack.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\Content;

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

/**
 * UTF-8 strings measured and trimmed like JavaScript strings.
 */
final class Js_String {

	/**
	 * ECMAScript WhiteSpace and LineTerminator: what `String.prototype.trim` removes.
	 */
	private const SPACE = '\x{0009}-\x{000d}\x{0020}\x{00a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}';

	/**
	 * `text.trim()`.
	 *
	 * @param string $text UTF-8 text.
	 */
	public static function trim( string $text ): string {
		return (string) preg_replace( '/^[' . self::SPACE . ']+|[' . self::SPACE . ']+$/u', '', $text );
	}

	/**
	 * `text.length`: UTF-16 code units (a character beyond U+FFFF counts two).
	 *
	 * @param string $text UTF-8 text.
	 */
	public static function length( string $text ): int {
		$continuation = preg_match_all( '/[\x80-\xbf]/', $text );
		$four_byte    = preg_match_all( '/[\xf0-\xf7]/', $text );
		return strlen( $text ) - (int) $continuation + (int) $four_byte;
	}

	/**
	 * `text.slice(0, units)`; a pair cut in half becomes U+FFFD, as a lone surrogate has no UTF-8 form.
	 *
	 * @param string $text  UTF-8 text.
	 * @param int    $units UTF-16 units to keep.
	 */
	public static function slice( string $text, int $units ): string {
		$kept = '';
		foreach ( preg_split( '//u', $text, -1, PREG_SPLIT_NO_EMPTY ) ?: array() as $character ) {
			$width = strlen( $character ) === 4 ? 2 : 1;
			if ( $units <= 0 ) {
				break;
			}
			$kept  .= $width > $units ? "\u{FFFD}" : $character;
			$units -= $width;
		}
		return $kept;
	}

	/**
	 * The code point of one UTF-8 character.
	 *
	 * @param string $character One character.
	 */
	public static function code_point( string $character ): int {
		$bytes = array_values( unpack( 'C*', $character ) ?: array() );
		return match ( count( $bytes ) ) {
			1       => $bytes[0],
			2       => ( ( $bytes[0] & 0x1f ) << 6 ) | ( $bytes[1] & 0x3f ),
			3       => ( ( $bytes[0] & 0x0f ) << 12 ) | ( ( $bytes[1] & 0x3f ) << 6 ) | ( $bytes[2] & 0x3f ),
			default => ( ( $bytes[0] & 0x07 ) << 18 ) | ( ( $bytes[1] & 0x3f ) << 12 ) | ( ( $bytes[2] & 0x3f ) << 6 ) | ( $bytes[3] & 0x3f ),
		};
	}

	/**
	 * The keys of a decoded JSON object in the order JavaScript enumerates them: array indices (canonical
	 * numbers up to 2^32 - 2) ascending first, then the other keys as written. Keys are always strings.
	 *
	 * @param object $record A decoded JSON object.
	 * @return array<int, array{0: string, 1: mixed}> Key and value pairs.
	 */
	public static function entries( object $record ): array {
		$indices = array();
		$others  = array();
		foreach ( get_object_vars( $record ) as $key => $value ) {
			if ( is_int( $key ) && $key >= 0 && $key <= 4294967294 ) {
				$indices[ $key ] = array( (string) $key, $value );
			} else {
				$others[] = array( (string) $key, $value );
			}
		}
		ksort( $indices, SORT_NUMERIC );
		return array_merge( array_values( $indices ), $others );
	}
}
