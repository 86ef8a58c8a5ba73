<?php
/**
 * What JSON Schema cannot check, as the model's references.ts checks it: ids unique within each list, and
 * every cross-reference naming an item that exists.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\Content;

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

/**
 * Duplicate ids and dangling references in the sections a document supplied.
 */
final class Content_References {

	/**
	 * Sets up the checks.
	 *
	 * @param Content_Rules $rules  The model's rules.
	 * @param string        $locale Message locale.
	 */
	public function __construct( private Content_Rules $rules, private string $locale ) {
	}

	/**
	 * Problems in the `$checked` sections of `$content` (merged, so references resolve against defaults too).
	 *
	 * @param array<string, mixed> $content Merged content.
	 * @param array<int, string>   $checked Sections the document supplied, valid.
	 * @return array<int, array{path: string, message: string}>
	 */
	public function check( array $content, array $checked ): array {
		$problems = array();
		foreach ( $checked as $name ) {
			array_push( $problems, ...$this->duplicate_ids( $name, $content[ $name ] ?? null ) );
		}
		$messages = $this->rules->messages;
		foreach ( $this->rules->references as $rule ) {
			if ( ! in_array( $rule['from'], $checked, true ) || ! array_key_exists( $rule['to'], $content ) ) {
				continue;
			}
			$known = Content_Merge::ids( $content[ $rule['to'] ] );
			foreach ( Content_Merge::items( $content[ $rule['from'] ] ) as $index => $item ) {
				if ( ! array_key_exists( $rule['field'], $item ) ) {
					continue;
				}
				$value = $item[ $rule['field'] ];
				$refs  = $rule['many'] && is_array( $value ) ? $value : array( $value );
				foreach ( $refs as $ref_index => $ref ) {
					if ( is_string( $ref ) && isset( $known[ $ref ] ) ) {
						continue;
					}
					$path = array( $rule['from'], $index, $rule['field'] );
					if ( $rule['many'] ) {
						$path[] = $ref_index;
					}
					$problems[] = array(
						'path'    => Problem_Messages::format_path( $path ),
						'message' => $messages->say(
							$this->locale,
							'unknownReference',
							array(
								'target' => $messages->say( $this->locale, $rule['target'] ),
								'id'     => $messages->quote( (string) $ref ),
							)
						),
					);
				}
			}
		}
		return $problems;
	}

	/**
	 * Every item whose id an earlier item of the same list already has.
	 *
	 * @param string $name    Section name.
	 * @param mixed  $section Section.
	 * @return array<int, array{path: string, message: string}>
	 */
	private function duplicate_ids( string $name, mixed $section ): array {
		$problems = array();
		$messages = $this->rules->messages;
		foreach ( $this->rules->id_lists as $list_path ) {
			if ( $list_path[0] !== $name ) {
				continue;
			}
			$list  = count( $list_path ) > 1 ? ( is_array( $section ) ? ( $section[ $list_path[1] ] ?? null ) : null ) : $section;
			$first = array();
			foreach ( Content_Merge::items( $list ) as $index => $item ) {
				$id = (string) ( $item['id'] ?? '' );
				if ( ! isset( $first[ $id ] ) ) {
					$first[ $id ] = Problem_Messages::format_path( array_merge( $list_path, array( $index ) ) );
					continue;
				}
				$problems[] = array(
					'path'    => Problem_Messages::format_path( array_merge( $list_path, array( $index, 'id' ) ) ),
					'message' => $messages->say(
						$this->locale,
						'duplicateId',
						array(
							'id'    => $messages->quote( $id ),
							'first' => $first[ $id ],
						)
					),
				);
			}
		}
		return $problems;
	}
}
