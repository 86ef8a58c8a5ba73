<?php
/**
 * Harness: reads `{ "attributes": [<value>, …], "packs": [<pack>, …] }` on standard input and writes what the
 * plugin makes of them: each `messages` attribute (or null) and the language-pack scripts, as JSON.
 */

require __DIR__ . '/bootstrap.php';

use Ketahanan_Lokal\Markup\Element_Messages;

$input = json_decode( (string) stream_get_contents( STDIN ), true, 512, JSON_THROW_ON_ERROR );
echo json_encode(
	array(
		'attributes' => array_map( array( Element_Messages::class, 'attribute' ), $input['attributes'] ),
		'scripts'    => Element_Messages::pack_scripts( $input['packs'] ),
	),
	JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES
);
