<?php
/**
 * Parity harness: reads a JSON list of addresses on standard input and writes, for each, what the plugin's
 * Safe_Url makes of it (the address to write, or null), as a JSON list.
 */

require __DIR__ . '/bootstrap.php';

use Ketahanan_Lokal\Markup\Safe_Url;

$addresses = json_decode( (string) stream_get_contents( STDIN ), true, 512, JSON_THROW_ON_ERROR );
echo json_encode( array_map( array( Safe_Url::class, 'of' ), $addresses ), JSON_UNESCAPED_SLASHES );
