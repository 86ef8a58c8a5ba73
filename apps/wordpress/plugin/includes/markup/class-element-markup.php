<?php
/**
 * A widget's element as the page gets it: the tag with its attributes, the site owner's sections as inline
 * JSON (data, never run, so no Content-Security-Policy objects), and the no-JavaScript fallback inside.
 * Without extra attributes and JSON it is exactly `createElementMarkup` of `@ketahanan/elements/snippet`.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\Markup;

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

/**
 * Writes one element.
 */
final class Element_Markup {

	/**
	 * The element's HTML.
	 *
	 * @param string                     $tag        Element tag (one of the four widgets).
	 * @param string                     $locale     `id` or `en`: the widget's language and its fallback's.
	 * @param array<string, string|true> $attributes More attributes; `true` writes a boolean attribute.
	 * @param array<string, mixed>|null  $sections   Sections for inline JSON, or null for none.
	 * @param array<int, string>         $fallback   Fallback lines.
	 */
	public static function render( string $tag, string $locale, array $attributes, ?array $sections, array $fallback ): string {
		$written = array( 'lang="' . Html::text( $locale ) . '"' );
		foreach ( $attributes as $name => $value ) {
			$written[] = true === $value ? Html::text( $name ) : Html::text( $name ) . '="' . Html::text( $value ) . '"';
		}
		$lines = array( '<' . $tag . ' ' . implode( ' ', $written ) . '>' );
		if ( null !== $sections ) {
			$lines[] = '  <script type="application/json">' . Html::script_json( $sections ) . '</script>';
		}
		foreach ( $fallback as $line ) {
			$lines[] = '  ' . $line;
		}
		$lines[] = '</' . $tag . '>';
		return implode( "\n", $lines );
	}
}
