<?php
/**
 * JSON text as the model reads it (json.ts): a byte order mark is ignored, and broken JSON becomes one problem
 * naming its line and column (UTF-16 columns, as editors count) and the character found there.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\Content;

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

/**
 * Decodes a site owner's JSON text.
 */
final class Json_Text {

	/**
	 * Deep enough for any document JavaScript parses; PHP's parser is not recursive, so depth costs no stack.
	 */
	private const DEPTH = 100000;

	/**
	 * Decodes `$text`: objects become stdClass, lists PHP lists, so `{}` and `[]` stay different.
	 *
	 * @param string           $text     JSON text.
	 * @param string           $locale   Message locale.
	 * @param Problem_Messages $messages Messages.
	 * @return array{ok: true, value: mixed}|array{ok: false, problem: array{path: string, message: string}}
	 */
	public static function decode( string $text, string $locale, Problem_Messages $messages ): array {
		$source = str_starts_with( $text, "\xEF\xBB\xBF" ) ? substr( $text, 3 ) : $text;
		// Bytes that are not UTF-8 become U+FFFD, as when a browser or Node reads the file as text.
		$value = json_decode( $source, false, self::DEPTH, JSON_INVALID_UTF8_SUBSTITUTE );
		if ( JSON_ERROR_NONE === json_last_error() ) {
			return array( 'ok' => true, 'value' => $value );
		}
		return array( 'ok' => false, 'problem' => array( 'path' => '', 'message' => self::broken( $source, $locale, $messages ) ) );
	}

	/**
	 * Where the text goes wrong, scanned like the model's json-error-position.ts.
	 *
	 * @param string           $text     Text.
	 * @param string           $locale   Locale.
	 * @param Problem_Messages $messages Messages.
	 */
	private static function broken( string $text, string $locale, Problem_Messages $messages ): string {
		[ $at, $complete ] = self::error_offset( $text );
		if ( $complete ) {
			// Well-formed JSON that PHP alone refuses: an unpaired surrogate escape ("\ud800"), or nesting past
			// what its parser holds (about 5,000 levels). Refused whole, never published.
			return $messages->say( $locale, 'invalid' );
		}
		$lines  = preg_split( '/\r\n|\r|\n/', substr( $text, 0, $at ) ) ?: array( '' );
		$line   = count( $lines );
		$column = Js_String::length( (string) end( $lines ) ) + 1;
		if ( $at >= strlen( $text ) ) {
			$found = $messages->say( $locale, 'jsonEnded' );
		} else {
			preg_match( '/./su', $text, $match, 0, $at );
			$found = $messages->say( $locale, 'jsonUnexpected', array( 'found' => $messages->quote( self::visible( $match[0] ?? "\u{FFFD}" ) ) ) );
		}
		// Line and column go in as text, as the model passes them: never grouped (`1.234`).
		return $messages->say(
			$locale,
			'brokenJson',
			array(
				'line'   => (string) $line,
				'column' => (string) $column,
				'reason' => $found,
			)
		);
	}

	/**
	 * A character as the message shows it: letters, digits, punctuation and symbols as they are, anything
	 * else (spaces, controls) as its JSON escape.
	 *
	 * @param string $character One character.
	 */
	private static function visible( string $character ): string {
		if ( preg_match( '/^[\p{L}\p{N}\p{P}\p{S}]$/u', $character ) ) {
			return $character;
		}
		$escaped = substr( Problem_Messages::json_string( $character ), 1, -1 );
		return '' === $escaped ? $character : $escaped;
	}

	/**
	 * Byte offset of the first character that cannot continue valid JSON (the length when the text ends too
	 * early), and whether the text was in fact one complete value. Iterative: nesting cannot overflow anything.
	 *
	 * @param string $text Text.
	 * @return array{0: int, 1: bool}
	 */
	private static function error_offset( string $text ): array {
		$stack  = array();
		$expect = 'value';
		$first  = false;
		$at     = 0;
		$length = strlen( $text );
		while ( true ) {
			$at    += strspn( $text, " \t\n\r", $at );
			$char   = $at < $length ? $text[ $at ] : '';
			$open   = end( $stack );
			$closer = '{' === $open ? '}' : ']';
			if ( ( $first || 'after' === $expect ) && false !== $open && $char === $closer ) {
				array_pop( $stack );
				++$at;
				$expect = 'after';
			} elseif ( 'after' === $expect ) {
				if ( false === $open || ',' !== $char ) {
					break;
				}
				++$at;
				$expect = '{' === $open ? 'key' : 'value';
			} elseif ( 'colon' === $expect ) {
				if ( ':' !== $char ) {
					break;
				}
				++$at;
				$expect = 'value';
			} elseif ( '"' === $char ) {
				$at += self::match_length( '/"(?:[^"\\\\\x00-\x1f]|\\\\(?:["\\\\\/bfnrt]|u[0-9a-fA-F]{4}))*/A', $text, $at );
				if ( $at >= $length || '"' !== $text[ $at ] ) {
					break;
				}
				++$at;
				$expect = 'key' === $expect ? 'colon' : 'after';
			} elseif ( 'key' === $expect ) {
				break;
			} elseif ( '{' === $char || '[' === $char ) {
				$stack[] = $char;
				++$at;
				$expect = '{' === $char ? 'key' : 'value';
				$first  = true;
				continue;
			} else {
				$scalar = self::match_length( '/true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/A', $text, $at );
				if ( $scalar <= 0 ) {
					break;
				}
				$at    += $scalar;
				$expect = 'after';
			}
			$first = false;
		}
		return array( $at, $at >= $length && 'after' === $expect && array() === $stack );
	}

	/**
	 * Length of an anchored match at `$at`, or 0.
	 *
	 * @param string $pattern Anchored pattern.
	 * @param string $text    Text.
	 * @param int    $at      Offset.
	 */
	private static function match_length( string $pattern, string $text, int $at ): int {
		return preg_match( $pattern, $text, $match, 0, $at ) ? strlen( $match[0] ) : 0;
	}
}
