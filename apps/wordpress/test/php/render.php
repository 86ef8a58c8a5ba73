<?php
/**
 * Parity harness: reads `[{ "tag", "locale", "document": <valid sections>, "provided": [...] }, …]` on standard
 * input (`"sectionHeader": true` for the element's section-header) and writes the element markup the plugin renders for each (no settings, no inline JSON), as a JSON list.
 */

require __DIR__ . '/bootstrap.php';

use Ketahanan_Lokal\Content\Content_Merge;
use Ketahanan_Lokal\Content\Content_Rules;
use Ketahanan_Lokal\Content\Content_Validator;
use Ketahanan_Lokal\Content\Localized_Text;
use Ketahanan_Lokal\Markup\Element_Markup;
use Ketahanan_Lokal\Markup\Fallback_Markup;

$rules  = new Content_Rules( $plugin . '/data' );
$labels = json_decode( (string) file_get_contents( $plugin . '/data/fallback-labels.json' ), true );
$output = array();
foreach ( json_decode( (string) stream_get_contents( STDIN ), true, 512, JSON_THROW_ON_ERROR ) as $case ) {
	// As Site_Content::merged() does: a bilingual document's texts in this locale first.
	$own = array();
	foreach ( (array) json_decode( (string) json_encode( $case['document'] ) ) as $name => $section ) {
		$own[ $name ] = Content_Validator::associative( Localized_Text::localize( $section, $case['locale'] ) );
	}
	$merged   = Content_Merge::sections( $rules->section_names(), $rules->defaults[ $case['locale'] ], $own, $rules->references );
	$header   = ! empty( $case['sectionHeader'] );
	$fallback = Fallback_Markup::lines( $case['tag'], $merged, $labels[ $case['locale'] ], in_array( 'partners', $case['provided'], true ), $header );
	$output[] = Element_Markup::render( $case['tag'], $case['locale'], $header ? array( 'section-header' => true ) : array(), null, $fallback );
}
echo json_encode( $output, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
