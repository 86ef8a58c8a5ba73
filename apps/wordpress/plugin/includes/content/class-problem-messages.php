<?php
/**
 * The model's problem messages, filled exactly as `@ketahanan/model` fills them (messages.ts, format-message.ts),
 * from the tables the model ships as `messages.json`. Pure PHP: no WordPress and no mbstring needed.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\Content;

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

/**
 * Message templates and the helpers that write values into them.
 */
final class Problem_Messages {

	/**
	 * Invisible and direction-changing characters, as in the model's escape-invisible.ts.
	 */
	private const INVISIBLE = '/[\x{0000}-\x{001f}\x{007f}-\x{009f}\x{200b}-\x{200f}\x{2028}-\x{202e}\x{2066}-\x{2069}\x{feff}]/u';

	/**
	 * Message tables by locale.
	 *
	 * @var array<string, array<string, string>>
	 */
	private array $tables;

	/**
	 * Reads the tables.
	 *
	 * @param array<string, array<string, string>> $tables The decoded `messages.json`.
	 */
	public function __construct( array $tables ) {
		$this->tables = $tables;
	}

	/**
	 * Message `$key` in `$locale` (anything but `en` is Indonesian), its `{name}` placeholders filled from
	 * `$values` in one pass, as the model's `fillPlaceholders` fills them: a value that holds `{name}` itself
	 * stays text, an integer is written with the locale's digit grouping, a placeholder without a value stays.
	 *
	 * @param string                    $locale Locale.
	 * @param string                    $key    Message key.
	 * @param array<string, string|int> $values Values by placeholder name.
	 */
	public function say( string $locale, string $key, array $values = array() ): string {
		$language = 'en' === $locale ? 'en' : 'id';
		return (string) preg_replace_callback(
			'/\{([A-Za-z0-9_]+)\}/',
			static function ( array $placeholder ) use ( $values, $language ): string {
				$value = $values[ $placeholder[1] ] ?? null;
				return match ( true ) {
					null === $value   => $placeholder[0],
					is_int( $value )  => self::number( $language, $value ),
					default           => (string) $value,
				};
			},
			$this->tables[ $language ][ $key ]
		);
	}

	/**
	 * A number with the locale's digit grouping (`20.000` in Indonesian, `20,000` in English), as
	 * `toLocaleString` writes it.
	 *
	 * @param string $language `id` or `en`.
	 * @param int    $value    Number.
	 */
	private static function number( string $language, int $value ): string {
		return 'en' === $language ? number_format( $value, 0, '.', ',' ) : number_format( $value, 0, ',', '.' );
	}

	/**
	 * A user string inside a message: invisible characters escaped, cut to stay one readable line.
	 *
	 * @param string $text Text.
	 */
	public function quote( string $text ): string {
		if ( Js_String::length( $text ) > 60 ) {
			$text = Js_String::slice( $text, 57 ) . '…';
		}
		return "'" . self::escape_invisible( $text ) . "'";
	}

	/**
	 * The kind of a decoded JSON value, in the words of the message tables.
	 *
	 * @param mixed $value Value.
	 */
	public static function value_kind( mixed $value ): string {
		return match ( true ) {
			null === $value          => 'null',
			is_array( $value )       => 'list',
			is_object( $value )      => 'object',
			is_string( $value )      => 'text',
			is_bool( $value )        => 'boolean',
			is_int( $value ) || is_float( $value ) => 'number',
			default                  => 'other',
		};
	}

	/**
	 * A path as JavaScript would write it: `faq[2].answer`, `partners[0]["nama lengkap"]`.
	 *
	 * @param array<int, int|string> $segments Keys (strings) and indices (ints).
	 */
	public static function format_path( array $segments ): string {
		$path = '';
		foreach ( $segments as $segment ) {
			if ( is_int( $segment ) ) {
				$path .= '[' . $segment . ']';
			} elseif ( preg_match( '/^[A-Za-z_$][A-Za-z0-9_$]*$/', $segment ) ) {
				$path .= '' === $path ? $segment : '.' . $segment;
			} else {
				$path .= '[' . self::escape_invisible( self::json_string( $segment ) ) . ']';
			}
		}
		return $path;
	}

	/**
	 * A string as `JSON.stringify` writes it (nothing but quotes, backslashes and control characters escaped).
	 *
	 * @param string $text Text.
	 */
	public static function json_string( string $text ): string {
		return (string) json_encode( $text, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_LINE_TERMINATORS | JSON_INVALID_UTF8_SUBSTITUTE );
	}

	/**
	 * Invisible characters as `\uXXXX`, so a key cannot break or reorder a problem line.
	 *
	 * @param string $text Text.
	 */
	public static function escape_invisible( string $text ): string {
		return (string) preg_replace_callback(
			self::INVISIBLE,
			static fn ( array $match ): string => sprintf( '\\u%04x', Js_String::code_point( $match[0] ) ),
			$text
		);
	}
}
