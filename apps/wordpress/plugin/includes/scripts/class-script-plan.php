<?php
/**
 * Which of the widgets' script files a page loads, given the kinds of widget it holds. Every choice defines
 * each element once and carries one copy of Lit; the candidates are:
 *
 * - `ketahanan.js`, every element in one file;
 * - a widget's own file, when the page holds one kind of widget;
 * - the split layout: `split/core.js` (Lit, the element core, the content) and whatever else the widgets'
 *   `split/` files import, then those files, each a `<script>` of its own so each is pinned by SRI.
 *
 * The fewest bytes win, brotli-compressed as the plugin's build measured them (data/script-sizes.json); a
 * tie goes to fewer files. So a page with two kinds of widget usually gets the split layout, a page with
 * all four `ketahanan.js`. A file without an SRI hash or a size is never chosen.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\Scripts;

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

/**
 * The per-page choice of script files.
 */
final class Script_Plan {

	/** Every element in one file. */
	public const ALL = 'ketahanan.js';

	/**
	 * Reads the build's facts.
	 *
	 * @param array<string, mixed> $manifest The elements build's integrity.json: `files` (SRI hash by file) and
	 *                                       `imports` (the files each `split/` file imports).
	 * @param array<string, int>   $sizes    Brotli bytes by file.
	 */
	public function __construct( private array $manifest, private array $sizes ) {
	}

	/**
	 * The files to load, in order, for a page whose widgets have these own files (`faq-accordion.js`, …).
	 *
	 * @param string[] $own_files The own file of each widget on the page (repeats allowed).
	 * @return string[] Files relative to the elements folder; empty for a page without widgets.
	 */
	public function files_for( array $own_files ): array {
		$own = array_values( array_unique( $own_files ) );
		if ( array() === $own ) {
			return array();
		}
		sort( $own );
		$candidates = array( array( self::ALL ) );
		if ( 1 === count( $own ) ) {
			$candidates[] = $own;
		}
		$split = $this->split_files( $own );
		if ( null !== $split ) {
			$candidates[] = $split;
		}
		$best      = null;
		$best_size = PHP_INT_MAX;
		foreach ( $candidates as $files ) {
			$size = $this->size_of( $files );
			if ( null !== $size && ( $size < $best_size || ( $size === $best_size && count( $files ) < count( (array) $best ) ) ) ) {
				$best      = $files;
				$best_size = $size;
			}
		}
		// Without sizes (a build that did not write them): one file, as before the split layout was weighed.
		return $best ?? ( 1 === count( $own ) ? $own : array( self::ALL ) );
	}

	/**
	 * The split layout for these widgets: every file their `split/` files import, first, then those files.
	 *
	 * @param string[] $own Own files of the widgets.
	 * @return string[]|null Null when the build has no split file (or no import list) for one of them.
	 */
	private function split_files( array $own ): ?array {
		$needed = array();
		$files  = array();
		foreach ( $own as $file ) {
			$imports = $this->manifest['imports'][ 'split/' . $file ] ?? null;
			if ( ! is_array( $imports ) ) {
				return null;
			}
			array_push( $needed, ...array_map( 'strval', $imports ) );
			$files[] = 'split/' . $file;
		}
		return array_values( array_unique( array_merge( $needed, $files ) ) );
	}

	/**
	 * Bytes of these files together, or null when one has no size or no SRI hash.
	 *
	 * @param string[] $files Files.
	 */
	private function size_of( array $files ): ?int {
		$total = 0;
		foreach ( $files as $file ) {
			if ( ! isset( $this->sizes[ $file ], $this->manifest['files'][ $file ] ) ) {
				return null;
			}
			$total += (int) $this->sizes[ $file ];
		}
		return $total;
	}
}
