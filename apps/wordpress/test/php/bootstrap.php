<?php
/**
 * Loads the plugin's pure classes (content validation and markup) without WordPress, for the parity tests.
 * The first argument is the built plugin folder (dist/ketahanan-lokal).
 */

define( 'KETAHANAN_LOKAL_STANDALONE', true );

$plugin = $argv[1] ?? '';
if ( ! is_file( $plugin . '/includes/load-pure.php' ) ) {
	fwrite( STDERR, "usage: php <script> <built plugin folder>\n" );
	exit( 2 );
}
require $plugin . '/includes/load-pure.php';
