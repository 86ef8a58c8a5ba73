<?php
/**
 * The model's link rule (safe-url.ts): a partner's link or logo is used only when its scheme is https:, http:,
 * mailto: or tel:, or when it is relative, and never when it holds a control or invisible character anywhere
 * (`javascript\0:` reads as a relative path, and becomes `javascript:` wherever something strips the NUL).
 * What it returns is printable ASCII, so nothing that strips characters later (a filter, an editor) can
 * change what it means.
 *
 * A relative address is written exactly as the model writes it. An absolute one is written as given, with
 * its scheme in lowercase, `//` before an http(s) host (`https:desa.example` as `https://desa.example`) and
 * spaces and everything beyond ASCII percent-encoded; the model writes the URL parser's whole serialisation
 * instead, which is the same address to every browser. The parity test compares both as the browser reads them.
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
	 * Characters that hide what an address says: the model's WITHOUT_HIDDEN_CHARACTERS (hidden-characters.ts).
	 */
	private const HIDDEN = '/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{DI}]/u';

	/**
	 * What a relative address keeps as it is (RFC 3986's unreserved and reserved characters, and `%` that
	 * starts an escape); everything else is percent-encoded, as the model's TO_ENCODE says.
	 */
	private const TO_ENCODE = '/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9_\-.~:\/?#\[\]@!$&\'()*+,;=%]/u';

	/**
	 * What an absolute address may not keep: spaces and anything beyond ASCII. The rest the URL parser reads
	 * the same written or escaped, as it reads the model's serialisation.
	 */
	private const NOT_PRINTABLE = '/[^\x21-\x7e]/u';

	/**
	 * The address when it is safe to link, else null. An address that names a host (`https:` always, `//` at the
	 * start of a relative one) must name a valid one, or a browser would not load it either.
	 *
	 * @param mixed $url Text from content.
	 */
	public static function of( mixed $url ): ?string {
		if ( ! is_string( $url ) || preg_match( self::HIDDEN, $url ) ) {
			return null;
		}
		$trimmed = Js_String::trim( $url );
		if ( '' === $trimmed ) {
			return null;
		}
		if ( ! preg_match( '/^([a-z][a-z\d+.-]*):(.*)$/is', $trimmed, $scheme ) ) {
			$names_host = 1 === preg_match( '#^[/\\\\]{2}#', $trimmed );
			return ! $names_host || self::has_host( $trimmed ) ? self::relative( $trimmed ) : null;
		}
		$name = strtolower( $scheme[1] );
		if ( ! in_array( $name, self::ALLOWED, true ) ) {
			return null;
		}
		if ( 'https' !== $name && 'http' !== $name ) {
			return $name . ':' . self::encoded( $scheme[2], self::NOT_PRINTABLE );
		}
		if ( ! self::has_host( $scheme[2] ) ) {
			return null;
		}
		// Always `//` before the host: on an https page, a browser reads `https:desa.example` as a relative path.
		return $name . '://' . self::encoded( (string) preg_replace( '#^[/\\\\]*#', '', $scheme[2] ), self::NOT_PRINTABLE );
	}

	/**
	 * Whether what follows the slashes (or a special scheme's colon) is a host the URL parser accepts: not
	 * empty, no forbidden host character, an IPv6 literal in brackets, a port of digits only.
	 *
	 * @param string $rest The address after its scheme, or a relative address starting with `//`.
	 */
	private static function has_host( string $rest ): bool {
		preg_match( '#^[/\\\\]*([^/\\\\?\#]*)#', $rest, $authority );
		$host_and_port = (string) preg_replace( '/^.*@/s', '', $authority[1] ?? '' );
		if ( ! preg_match( '/^(\[[0-9A-Fa-f:.]+\]|[^:]*)(?::(\d*))?$/', $host_and_port, $parts ) ) {
			return false;
		}
		$host = $parts[1];
		$port = $parts[2] ?? '';
		// A domain may hold escapes (`d%C3%A9sa`): the parser decodes them before it looks.
		$valid_host = str_starts_with( $host, '[' ) || ( '' !== $host && ! preg_match( '/[\x00-\x20#\/:<>?@\[\\\\\]^|\x7f]/', $host ) );
		return $valid_host && ( '' === $port || (int) $port <= 65535 );
	}

	/**
	 * A relative address as the model writes it: backslashes in its path read as slashes (as browsers read them),
	 * then percent-encoded, and `./` before a first segment holding a colon (it would read as a scheme once
	 * something removed the escapes before it).
	 *
	 * @param string $text Trimmed relative address.
	 */
	private static function relative( string $text ): string {
		preg_match( '/^[^?#]*/', $text, $path );
		$encoded = self::encoded( str_replace( '\\', '/', $path[0] ) . substr( $text, strlen( $path[0] ) ), self::TO_ENCODE );
		return preg_match( '#^[^/?\#]*:#', $encoded ) ? './' . $encoded : $encoded;
	}

	/**
	 * `$text` with every character `$pattern` matches percent-encoded as UTF-8 (`encodeURIComponent`).
	 *
	 * @param string $text    Text.
	 * @param string $pattern TO_ENCODE or NOT_PRINTABLE.
	 */
	private static function encoded( string $text, string $pattern ): string {
		return (string) preg_replace_callback( $pattern, static fn ( array $match ): string => rawurlencode( $match[0] ), $text );
	}
}
