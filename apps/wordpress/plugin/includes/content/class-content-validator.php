<?php
/**
 * A site owner's content document validated as `parseContent` of `@ketahanan/model` validates it: unknown
 * sections refused, each supplied section checked against its schema, failed sections left out of the
 * reference checks (one mistake, one problem), every problem with its path and a sentence in the reader's
 * language, grouped by section in the article's order. The parity test runs the model's corpus of bad
 * documents, and hundreds of randomly broken ones, through both and compares every path and message.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\Content;

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

/**
 * Validates decoded documents (objects as stdClass).
 */
final class Content_Validator {

	/**
	 * Uses the exported model rules.
	 *
	 * @param Content_Rules $rules Rules.
	 */
	public function __construct( private Content_Rules $rules ) {
	}

	/**
	 * Validates `$document`.
	 *
	 * @param mixed  $document Decoded JSON.
	 * @param string $locale   Message locale (`id` or `en`).
	 * @return array{ok: true, sections: array<string, mixed>, provided: array<int, string>}|array{ok: false, problems: array<int, array{path: string, message: string}>}
	 */
	public function validate( mixed $document, string $locale ): array {
		$messages = $this->rules->messages;
		if ( ! is_object( $document ) ) {
			$kind = $messages->say( $locale, Problem_Messages::value_kind( $document ) );
			return array( 'ok' => false, 'problems' => array( array( 'path' => '', 'message' => $messages->say( $locale, 'notAnObject', array( 'found' => $kind ) ) ) ) );
		}
		$names    = $this->rules->section_names();
		$problems = $this->top_level_problems( $document, $names, $locale );
		$supplied = get_object_vars( $document );
		$valid    = array();
		$own      = array();
		$failed   = array();
		$wording  = new Section_Problems( $messages, $locale );
		foreach ( $names as $name ) {
			if ( ! array_key_exists( $name, $supplied ) ) {
				continue;
			}
			$node = $this->rules->sections[ $name ];
			// A bilingual document's `{ "id": …, "en": … }` texts become this locale's (class-localized-text.php).
			$section = Localized_Text::localize( $supplied[ $name ], $locale );
			$check   = Schema_Check::run( $node, $section );
			if ( $check->issues ) {
				array_push( $problems, ...$wording->of( $node, $section, $name, $check->issues ) );
				$failed[] = $name;
			} else {
				// Valid sections hold only known keys, so an associative copy loses nothing.
				$valid[ $name ] = self::associative( $section );
				// Stored as written: a bilingual document keeps both languages for the widgets.
				$own[ $name ] = self::associative( $supplied[ $name ] );
			}
		}
		$usable   = array_values( array_diff( $names, $failed ) );
		$merged   = Content_Merge::sections( $usable, $this->rules->defaults[ 'en' === $locale ? 'en' : 'id' ], $valid, $this->rules->references );
		$provided = array_keys( $valid );
		array_push( $problems, ...( new Content_References( $this->rules, $locale ) )->check( $merged, $provided ) );
		if ( $problems ) {
			return array( 'ok' => false, 'problems' => self::in_document_order( $problems, $names ) );
		}
		return array( 'ok' => true, 'sections' => $own, 'provided' => $provided );
	}

	/**
	 * Unknown sections, and a `$schema` that is not text.
	 *
	 * @param object             $document Document.
	 * @param array<int, string> $names    Section names.
	 * @param string             $locale   Locale.
	 * @return array<int, array{path: string, message: string}>
	 */
	private function top_level_problems( object $document, array $names, string $locale ): array {
		$messages = $this->rules->messages;
		$problems = array();
		foreach ( Js_String::entries( $document ) as [ $key, $value ] ) {
			if ( '$schema' === $key ) {
				if ( ! is_string( $value ) ) {
					$problems[] = array(
						'path'    => Problem_Messages::format_path( array( $key ) ),
						'message' => $messages->say(
							$locale,
							'expected',
							array(
								'expected' => $messages->say( $locale, 'text' ),
								'found'    => $messages->say( $locale, Problem_Messages::value_kind( $value ) ),
							)
						),
					);
				}
			} elseif ( ! in_array( $key, $names, true ) ) {
				$problems[] = array(
					'path'    => Problem_Messages::format_path( array( $key ) ),
					'message' => $messages->say(
						$locale,
						'unknownSection',
						array(
							'section' => $messages->quote( $key ),
							'known'   => implode( ', ', $names ),
						)
					),
				);
			}
		}
		return $problems;
	}

	/**
	 * A decoded value with its objects as associative arrays.
	 *
	 * @param mixed $value Value.
	 */
	public static function associative( mixed $value ): mixed {
		if ( is_object( $value ) ) {
			$value = get_object_vars( $value );
		}
		return is_array( $value ) ? array_map( array( self::class, 'associative' ), $value ) : $value;
	}

	/**
	 * Problems grouped by section in the article's order (whole-document and unknown keys first); stable.
	 *
	 * @param array<int, array{path: string, message: string}> $problems Problems.
	 * @param array<int, string>                               $names    Section names.
	 * @return array<int, array{path: string, message: string}>
	 */
	private static function in_document_order( array $problems, array $names ): array {
		$rank = static function ( array $problem ) use ( $names ): int {
			$found = preg_match( '/^[A-Za-z]+/', $problem['path'], $match ) ? array_search( $match[0], $names, true ) : false;
			return false === $found ? 0 : $found + 1;
		};
		usort( $problems, static fn ( array $a, array $b ): int => $rank( $a ) <=> $rank( $b ) );
		return $problems;
	}
}
