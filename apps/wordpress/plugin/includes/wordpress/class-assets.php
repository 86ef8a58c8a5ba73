<?php
/**
 * The widgets' script files, served from the plugin itself (no third-party host), the exact build the plugin
 * was made with, each `<script>` with its `integrity` hash and `crossorigin`. Loaded only on pages that render
 * a widget, once however many they hold: one element's own file when the page has one kind of widget,
 * `ketahanan.js` (every element, one copy of Lit) when it has several.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\WordPress;

use Ketahanan_Lokal\Markup\Element_Messages;

defined( 'ABSPATH' ) || exit;

/**
 * Registration, the per-page choice of file, and the script tags.
 */
final class Assets {

	private const PREFIX = 'ketahanan-lokal-';
	private const ALL    = 'ketahanan.js';

	/**
	 * SRI hashes by file name, from the build's integrity.json.
	 *
	 * @var array<string, string>
	 */
	private array $integrity = array();

	/**
	 * Widget tags rendered on this page.
	 *
	 * @var array<string, true>
	 */
	private array $used = array();

	/**
	 * Reads the build's hashes.
	 *
	 * @param string $plugin_dir The plugin's folder.
	 * @param string $plugin_url Its URL.
	 */
	public function __construct( private string $plugin_dir, private string $plugin_url ) {
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
		$manifest        = json_decode( (string) file_get_contents( $plugin_dir . 'assets/elements/integrity.json' ), true );
		$this->integrity = is_array( $manifest ) && ( $manifest['version'] ?? '' ) === KETAHANAN_LOKAL_VERSION ? $manifest['files'] : array();
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
	 * Registers one handle per file; nothing is enqueued here.
	 */
	public function register(): void {
		foreach ( array_merge( array( self::ALL ), array_column( Widgets::ALL, 'file' ) ) as $file ) {
			wp_register_script( self::handle( $file ), $this->plugin_url . 'assets/elements/' . $file, array(), KETAHANAN_LOKAL_VERSION, true );
		}
	}

	/**
	 * A widget with `$tag` is on this page: its script will be printed in the footer.
	 *
	 * @param string $tag Element tag.
	 */
	public function use( string $tag ): void {
		$this->used[ $tag ] = true;
		if ( did_action( 'wp_footer' ) ) {
			// Rendered after the footer began (a late widget area): the footer scripts may still print it.
			$this->enqueue_for_page();
		} elseif ( ! has_action( 'wp_footer', array( $this, 'enqueue_for_page' ) ) ) {
			add_action( 'wp_footer', array( $this, 'enqueue_for_page' ), 1 );
		}
	}

	/**
	 * Enqueues the one file this page needs, decided once every widget has rendered.
	 */
	public function enqueue_for_page(): void {
		if ( array() === $this->used ) {
			return;
		}
		$tags = array_keys( $this->used );
		$file = self::ALL;
		if ( 1 === count( $tags ) ) {
			foreach ( Widgets::ALL as $widget ) {
				$file = $widget['tag'] === $tags[0] ? $widget['file'] : $file;
			}
		}
		wp_enqueue_script( self::handle( $file ) );
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
		$file = $this->file_of( $handle );
		if ( null === $file ) {
			return $tag;
		}
		$integrity = isset( $this->integrity[ $file ] ) ? sprintf( ' integrity="%s"', esc_attr( $this->integrity[ $file ] ) ) : '';
		// phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- this is the enqueued script's own tag.
		return sprintf( '<script type="module" src="%s" id="%s"%s crossorigin="anonymous"></script>' . "\n", esc_url( $src ), esc_attr( $handle . '-js' ), $integrity );
	}

	/**
	 * The file behind one of our handles, or null for any other script.
	 *
	 * @param string $handle Handle.
	 */
	private function file_of( string $handle ): ?string {
		if ( ! str_starts_with( $handle, self::PREFIX ) || 'ketahanan-lokal-editor' === $handle ) {
			return null;
		}
		$file = substr( $handle, strlen( self::PREFIX ) ) . '.js';
		return 'all.js' === $file ? self::ALL : $file;
	}

	/**
	 * The handle of a file: `ketahanan-lokal-faq-accordion`, `ketahanan-lokal-all`.
	 *
	 * @param string $file File name.
	 */
	private static function handle( string $file ): string {
		return self::PREFIX . ( self::ALL === $file ? 'all' : substr( $file, 0, -3 ) );
	}
}
