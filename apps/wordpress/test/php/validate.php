<?php
/**
 * Parity harness: reads `[{ "text": <JSON text>, "locale": "id"|"en" }, …]` on standard input and writes, for
 * each, the problems the PHP validator finds (`[]` when the document is valid), as one JSON list.
 */

require __DIR__ . '/bootstrap.php';

use Ketahanan_Lokal\Content\Content_Rules;
use Ketahanan_Lokal\Content\Content_Validator;
use Ketahanan_Lokal\Content\Json_Text;

$rules     = new Content_Rules( $plugin . '/data' );
$validator = new Content_Validator( $rules );
$results   = array();
foreach ( json_decode( (string) stream_get_contents( STDIN ), true, 512, JSON_THROW_ON_ERROR ) as $case ) {
	$decoded = Json_Text::decode( $case['text'], $case['locale'], $rules->messages );
	if ( ! $decoded['ok'] ) {
		$results[] = array( $decoded['problem'] );
		continue;
	}
	$result    = $validator->validate( $decoded['value'], $case['locale'] );
	$results[] = $result['ok'] ? array() : $result['problems'];
}
echo json_encode( $results, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE );
