<?php
/**
 * The model's link rule (safe-url.ts): a partner's link or logo is used only when its scheme is https:, http:,
 * mailto: or tel:, or when it is relative. Scheme tricks are seen through the way a browser's URL parser
 * sees them: tabs and newlines anywhere are ignored, leading and trailing controls and spaces are stripped.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\Markup;

use Ketahanan_Lokal\Content\Js_String;

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

/**
 * Safe URLs for links and images from content.
 */
final class Safe_Url {

	private const ALLOWED = array( 'https', 'http', 'mailto', 'tel' );

	/**
	 * The URL (trimmed) when it is safe to link, else null. A URL that names a scheme must also have what that
	 * scheme needs (a host for http and https), or a browser would not load it either.
	 *
	 * @param mixed $url Text from content.
	 */
	public static function of( mixed $url ): ?string {
		if ( ! is_string( $url ) ) {
			return null;
		}
		$trimmed = Js_String::trim( $url );
		if ( '' === $trimmed ) {
			return null;
		}
		$parsed = (string) preg_replace( '/[\t\n\r]/', '', (string) preg_replace( '/^[\x00-\x20]+|[\x00-\x20]+$/', '', $trimmed ) );
		if ( ! preg_match( '/^([a-z][a-z\d+.-]*):(.*)$/is', $parsed, $scheme ) ) {
			// Relative: the page resolves it against its own http(s) address. A leading "\\" acts like "/".
			return $trimmed;
		}
		$name = strtolower( $scheme[1] );
		if ( ! in_array( $name, self::ALLOWED, true ) ) {
			return null;
		}
		if ( ( 'https' === $name || 'http' === $name ) && ! preg_match( '#^[/\\\\]*[^/\\\\?\#@\s]#', $scheme[2] ) ) {
			return null;
		}
		return $trimmed;
	}
}
