<?php
/**
 * A document's valid sections merged over the built-in content, as the model's merge.ts does it: a supplied
 * section replaces the default whole, and default items whose references no longer resolve are pruned (a
 * built-in partnership keeps only the partners that still exist).
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\Content;

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

/**
 * Merging and the id helpers the reference checks share.
 */
final class Content_Merge {

	/**
	 * The merged content of `$names`.
	 *
	 * @param array<int, string>               $names      Sections to merge, in order.
	 * @param array<string, mixed>             $defaults   Built-in sections (associative arrays).
	 * @param array<string, mixed>             $document   Valid sections the document supplied.
	 * @param array<int, array<string, mixed>> $references Reference rules in merge order.
	 * @return array<string, mixed>
	 */
	public static function sections( array $names, array $defaults, array $document, array $references ): array {
		$merged = array();
		foreach ( $names as $name ) {
			if ( array_key_exists( $name, $document ) ) {
				$merged[ $name ] = $document[ $name ];
			} elseif ( array_key_exists( $name, $defaults ) ) {
				$merged[ $name ] = $defaults[ $name ];
			}
		}
		foreach ( $references as $rule ) {
			$from = $rule['from'];
			if ( array_key_exists( $from, $document ) || ! isset( $merged[ $from ], $merged[ $rule['to'] ] ) ) {
				continue;
			}
			$merged[ $from ] = self::pruned( $merged[ $from ], self::ids( $merged[ $rule['to'] ] ), $rule );
		}
		return $merged;
	}

	/**
	 * A default section's items with the references that no longer resolve taken out.
	 *
	 * @param mixed                $section The section.
	 * @param array<string, true>  $known   Ids that exist.
	 * @param array<string, mixed> $rule    Reference rule.
	 * @return array<int, array<string, mixed>>
	 */
	private static function pruned( mixed $section, array $known, array $rule ): array {
		$field = $rule['field'];
		$kept  = array();
		foreach ( self::items( $section ) as $item ) {
			$value = $item[ $field ] ?? null;
			if ( $rule['many'] ) {
				$item[ $field ] = array_values( array_filter( is_array( $value ) ? $value : array(), static fn ( $ref ): bool => is_string( $ref ) && isset( $known[ $ref ] ) ) );
				$kept[]         = $item;
			} elseif ( null === $value || ( is_string( $value ) && isset( $known[ $value ] ) ) ) {
				$kept[] = $item;
			} elseif ( $rule['optional'] ) {
				unset( $item[ $field ] );
				$kept[] = $item;
			}
		}
		return $kept;
	}

	/**
	 * A list section's items (anything that is not an item is skipped).
	 *
	 * @param mixed $section Section.
	 * @return array<int, array<string, mixed>>
	 */
	public static function items( mixed $section ): array {
		return is_array( $section ) && array_is_list( $section ) ? array_values( array_filter( $section, 'is_array' ) ) : array();
	}

	/**
	 * The ids of a list section, as a set.
	 *
	 * @param mixed $section Section.
	 * @return array<string, true>
	 */
	public static function ids( mixed $section ): array {
		$ids = array();
		foreach ( self::items( $section ) as $item ) {
			if ( isset( $item['id'] ) && is_string( $item['id'] ) ) {
				$ids[ $item['id'] ] = true;
			}
		}
		return $ids;
	}
}
