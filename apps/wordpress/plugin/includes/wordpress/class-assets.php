<?php
/**
 * The widgets' script files, served from the plugin itself (no third-party host), the exact build the plugin
 * was made with, each `<script>` with its `integrity` hash and `crossorigin`. Loaded only on pages that render
 * a widget, once however many they hold, with one copy of Lit: the files Script_Plan picks for the kinds of
 * widget on the page (an element's own file, the split layout, or `ketahanan.js` with every element).
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\WordPress;

use Ketahanan_Lokal\Markup\Element_Messages;
use Ketahanan_Lokal\Scripts\Script_Plan;

defined( 'ABSPATH' ) || exit;

/**
 * Registration, the per-page choice of file, and the script tags.
 */
final class Assets {

	private const PREFIX = 'ketahanan-lokal-';
	private const ALL    = Script_Plan::ALL;

	/**
	 * The checker of the site's own content. The element files load it themselves when a widget has some,
	 * pinned by the hash they carry; a page printing it first, with the same hash, gets it fetched alongside
	 * them instead of after them, and its widgets show that content in their first render, with no loading line.
	 */
	private const SITE_CONTENT = 'site-content.js';

	/** Not a module: never a handle of its own. */
	private const NOT_ENQUEUED = array( 'ketahanan.classic.js' );

	/**
	 * SRI hashes by file name, from the build's integrity.json.
	 *
	 * @var array<string, string>
	 */
	private array $integrity = array();

	/**
	 * The files each `split/` file imports, from integrity.json.
	 *
	 * @var array<string, string[]>
	 */
	private array $imports = array();

	/**
	 * The module files a page may load, by handle (`ketahanan-lokal-split-core` => `split/core.js`).
	 *
	 * @var array<string, string>
	 */
	private array $files = array();

	/**
	 * Which files a page loads; made when a page first needs it (see plan()).
	 */
	private ?Script_Plan $plan = null;

	/**
	 * Widget tags rendered on this page.
	 *
	 * @var array<string, true>
	 */
	private array $used = array();

	/**
	 * Whether a widget on this page shows the site's own content (inline JSON), which site-content.js checks.
	 */
	private bool $site_content = false;

	/**
	 * Files enqueued for this page so far, in order.
	 *
	 * @var string[]
	 */
	private array $enqueued = array();

	/**
	 * Reads the build's hashes and imports.
	 *
	 * @param string $plugin_dir The plugin's folder.
	 * @param string $plugin_url Its URL.
	 */
	public function __construct( private string $plugin_dir, private string $plugin_url ) {
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
		$manifest        = json_decode( (string) file_get_contents( $plugin_dir . 'assets/elements/integrity.json' ), true );
		// A manifest of another version pins nothing, so no script is registered: a widget then stays the
		// server's readable fallback rather than run a file whose bytes nothing vouches for.
		$current         = is_array( $manifest ) && ( $manifest['version'] ?? '' ) === KETAHANAN_LOKAL_VERSION;
		$this->integrity = $current ? (array) $manifest['files'] : array();
		$this->imports   = $current ? (array) ( $manifest['imports'] ?? array() ) : array();
		foreach ( array_keys( $this->integrity ) as $file ) {
			if ( ! in_array( $file, self::NOT_ENQUEUED, true ) ) {
				$this->files[ self::handle( $file ) ] = $file;
			}
		}
	}

	/**
	 * The choice of files, with the sizes read on first use: only pages that render a widget need them.
	 */
	private function plan(): Script_Plan {
		if ( null === $this->plan ) {
			// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
			$sizes      = json_decode( (string) file_get_contents( $this->plugin_dir . 'data/script-sizes.json' ), true );
			$this->plan = new Script_Plan(
				array(
					'files'   => $this->integrity,
					'imports' => $this->imports,
				),
				is_array( $sizes ) ? $sizes : array()
			);
		}
		return $this->plan;
	}

	/**
	 * Hooks: registration, the tags, the editor.
	 */
	public function hook(): void {
		add_action( 'init', array( $this, 'register' ) );
		add_filter( 'script_loader_tag', array( $this, 'script_tag' ), 10, 3 );
		add_action( 'enqueue_block_assets', array( $this, 'enqueue_in_editor' ) );
	}

	/**
	 * Registers one handle per module file of the build (`ketahanan-lokal-all`, `ketahanan-lokal-faq-accordion`,
	 * `ketahanan-lokal-split-core`, …), a split file depending on the files it imports; nothing is enqueued here.
	 */
	public function register(): void {
		foreach ( $this->files as $handle => $file ) {
			$needs = array_map( array( self::class, 'handle' ), $this->imports[ $file ] ?? array() );
			wp_register_script( $handle, $this->plugin_url . 'assets/elements/' . $file, $needs, KETAHANAN_LOKAL_VERSION, true );
		}
	}

	/**
	 * A widget with `$tag` is on this page: its script will be printed in the footer.
	 *
	 * @param string $tag          Element tag.
	 * @param bool   $site_content Whether it shows the site's own content.
	 */
	public function use( string $tag, bool $site_content = false ): void {
		$this->used[ $tag ] = true;
		$this->site_content = $this->site_content || $site_content;
		if ( did_action( 'wp_footer' ) ) {
			// Rendered after the footer began (a late widget area): the footer scripts may still print it.
			$this->enqueue_for_page();
		} elseif ( ! has_action( 'wp_footer', array( $this, 'enqueue_for_page' ) ) ) {
			add_action( 'wp_footer', array( $this, 'enqueue_for_page' ), 1 );
		}
	}

	/**
	 * Enqueues the files this page needs, decided once every widget has rendered.
	 */
	public function enqueue_for_page(): void {
		if ( array() === $this->used ) {
			return;
		}
		$own = array();
		foreach ( Widgets::ALL as $widget ) {
			if ( isset( $this->used[ $widget['tag'] ] ) ) {
				$own[] = $widget['file'];
			}
		}
		$files = $this->plan()->files_for( $own );
		if ( $this->site_content && isset( $this->files[ self::handle( self::SITE_CONTENT ) ] ) ) {
			array_unshift( $files, self::SITE_CONTENT );
		}
		if ( $files === $this->enqueued ) {
			return;
		}
		// A widget rendered after the first choice (a widget area inside the footer) can change the mix: the files
		// chosen before give way while they are not printed yet, so the page still gets one copy of Lit. Printed
		// ones stay; an element they define keeps that first definition.
		foreach ( array_diff( $this->enqueued, $files ) as $earlier ) {
			if ( ! wp_script_is( self::handle( $earlier ), 'done' ) ) {
				wp_dequeue_script( self::handle( $earlier ) );
			}
		}
		$first          = array() === $this->enqueued;
		$this->enqueued = $files;
		foreach ( $files as $file ) {
			wp_enqueue_script( self::handle( $file ) );
		}
		if ( ! $first ) {
			return; // The language packs are on the page already.
		}
		/**
		 * Language packs for the widgets on this page: add a language (`jv`, `su`, …) or override the built-in
		 * `id` and `en` strings, as the elements' `addLanguagePack` does. Each pack is an array
		 * `[ 'lang' => 'jv', 'fallback' => 'id', 'messages' => [ 'faq' => [ 'showAll' => '…' ] ] ]`.
		 *
		 * @param array<int, array<string, mixed>> $packs Language packs.
		 */
		$packs = apply_filters( 'ketahanan_lokal_language_packs', array() );
		if ( is_array( $packs ) && $packs ) {
			// Printed before the footer scripts, so the elements find them when they start.
			echo Element_Messages::pack_scripts( $packs ) . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON escaped for a script element by Html::script_json.
		}
	}

	/**
	 * In the block editor, every element, so the blocks' previews upgrade like the page will.
	 */
	public function enqueue_in_editor(): void {
		if ( is_admin() ) {
			wp_enqueue_script( self::handle( self::ALL ) );
		}
	}

	/**
	 * Our scripts as ES modules with their SRI hash and CORS mode (which makes the browser check the hash).
	 *
	 * @param string $tag    The tag WordPress wrote.
	 * @param string $handle Script handle.
	 * @param string $src    Its URL.
	 */
	public function script_tag( string $tag, string $handle, string $src ): string {
		$file = $this->files[ $handle ] ?? null;
		if ( null === $file ) {
			return $tag;
		}
		// phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- this is the enqueued script's own tag.
		return sprintf( '<script type="module" src="%s" id="%s" integrity="%s" crossorigin="anonymous"></script>' . "\n", esc_url( $src ), esc_attr( $handle . '-js' ), esc_attr( $this->integrity[ $file ] ) );
	}

	/**
	 * The handle of a file: `ketahanan-lokal-faq-accordion`, `ketahanan-lokal-split-core`, `ketahanan-lokal-all`.
	 *
	 * @param string $file File name, relative to the elements folder.
	 */
	private static function handle( string $file ): string {
		return self::PREFIX . ( self::ALL === $file ? 'all' : str_replace( '/', '-', substr( $file, 0, -3 ) ) );
	}
}
