<?php
/**
 * Router for `php -S`: serves /wp-content/… from the test's own WP_CONTENT_DIR (what Debian's Apache alias
 * does), other existing files as they are, and hands everything else to WordPress. It also names the
 * per-host config file Debian's wp-config.php loads (/etc/wordpress/config-<name>.php).
 */

$_SERVER['WORDPRESS_CONFIG'] = getenv( 'KETAHANAN_WP_CONFIG' );
$content_dir                 = getenv( 'KETAHANAN_WP_CONTENT' );
$wordpress                   = $_SERVER['DOCUMENT_ROOT'];
$path                        = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

$types = array(
	'js'    => 'text/javascript',
	'css'   => 'text/css',
	'json'  => 'application/json',
	'svg'   => 'image/svg+xml',
	'png'   => 'image/png',
	'woff2' => 'font/woff2',
	'mo'    => 'application/octet-stream',
);

if ( str_starts_with( $path, '/wp-content/' ) ) {
	$file = realpath( $content_dir . substr( $path, strlen( '/wp-content' ) ) );
	if ( false !== $file && str_starts_with( $file, realpath( $content_dir ) ) && is_file( $file ) && ! str_ends_with( $file, '.php' ) ) {
		header( 'Content-Type: ' . ( $types[ pathinfo( $file, PATHINFO_EXTENSION ) ] ?? 'application/octet-stream' ) );
		header( 'Content-Length: ' . filesize( $file ) );
		readfile( $file );
		return true;
	}
}

$script = $wordpress . '/index.php';
if ( '/' !== $path && is_file( $wordpress . $path ) ) {
	if ( ! str_ends_with( $path, '.php' ) ) {
		return false;
	}
	$script = $wordpress . $path;
} elseif ( is_file( $wordpress . rtrim( $path, '/' ) . '/index.php' ) ) {
	$script = $wordpress . rtrim( $path, '/' ) . '/index.php';
}
$_SERVER['SCRIPT_FILENAME'] = $script;
$_SERVER['SCRIPT_NAME']     = substr( $script, strlen( $wordpress ) );
$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
chdir( dirname( $script ) );
require $script;
