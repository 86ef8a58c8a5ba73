<?php
/**
 * The classes that need no WordPress: the content model's validation, the widgets' markup and the choice of
 * their script files.
 *
 * @package Ketahanan_Lokal
 */

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

foreach ( array( 'js-string', 'stacked-characters', 'problem-messages', 'content-rules', 'schema-check', 'section-problems', 'content-merge', 'content-references', 'localized-text', 'content-validator', 'json-text' ) as $ketahanan_lokal_file ) {
	require_once __DIR__ . '/content/class-' . $ketahanan_lokal_file . '.php';
}
foreach ( array( 'html', 'safe-url', 'fallback-markup', 'element-markup', 'element-messages' ) as $ketahanan_lokal_file ) {
	require_once __DIR__ . '/markup/class-' . $ketahanan_lokal_file . '.php';
}
require_once __DIR__ . '/scripts/class-script-plan.php';
unset( $ketahanan_lokal_file );
