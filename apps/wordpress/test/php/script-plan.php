<?php
/**
 * Harness: reads `{ "pages": [ [own files of a page's widgets], … ], "sizes": {…} | absent }` on standard
 * input and writes, for each page, the files Script_Plan picks with the built plugin's integrity.json and
 * (unless `sizes` replaces them) its data/script-sizes.json, as a JSON list.
 */

require __DIR__ . '/bootstrap.php';

use Ketahanan_Lokal\Scripts\Script_Plan;

$input    = json_decode( (string) stream_get_contents( STDIN ), true, 512, JSON_THROW_ON_ERROR );
$manifest = json_decode( (string) file_get_contents( $plugin . '/assets/elements/integrity.json' ), true, 512, JSON_THROW_ON_ERROR );
$sizes    = $input['sizes'] ?? json_decode( (string) file_get_contents( $plugin . '/data/script-sizes.json' ), true, 512, JSON_THROW_ON_ERROR );
$plan     = new Script_Plan( $manifest, $sizes );
echo json_encode( array_map( array( $plan, 'files_for' ), $input['pages'] ), JSON_UNESCAPED_SLASHES );
