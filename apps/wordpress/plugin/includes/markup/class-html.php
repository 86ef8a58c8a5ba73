<?php
/**
 * Escaping for the widgets' markup.
 *
 * Site owners' content is plain text, never HTML. `esc_html()` and `esc_attr()` do not re-encode an entity that
 * is already there ("AT&amp;T" would show as "AT&T"), so the fallback would no longer say what the content says
 * and the element, which reads the fallback back as its content, would read other text. This escapes every
 * `&`, like the snippet generator of `@ketahanan/elements`, and also `[` and `]`: WordPress runs shortcodes over
 * a block's output, and a shortcode written in someone's content must stay text.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\Markup;

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

/**
 * Text and attribute values for HTML.
 */
final class Html {

	private const ENTITIES = array(
		'&' => '&amp;',
		'<' => '&lt;',
		'>' => '&gt;',
		'"' => '&quot;',
		"'" => '&#39;',
		'[' => '&#91;',
		']' => '&#93;',
	);

	/**
	 * Text for element content and quoted attribute values alike.
	 *
	 * @param string $text Plain text.
	 */
	public static function text( string $text ): string {
		return strtr( $text, self::ENTITIES );
	}

	/**
	 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` as `\u` escapes so the text can
	 * never close the element or open a comment, and `[`, `]` inside strings escaped so no shortcode runs.
	 *
	 * @param mixed $value Value.
	 */
	public static function script_json( mixed $value ): string {
		$flags = JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE;
		$json  = (string) ( function_exists( 'wp_json_encode' ) ? wp_json_encode( $value, $flags ) : json_encode( $value, $flags ) );
		return (string) preg_replace_callback(
			'/"(?:[^"\\\\]|\\\\.)*"/s',
			static fn ( array $literal ): string => str_replace( array( '[', ']' ), array( '\u005b', '\u005d' ), $literal[0] ),
			$json
		);
	}
}
