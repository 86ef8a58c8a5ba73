<?php
/**
 * Each widget as a dynamic block (block.json holds its settings; the block saves only those, so Authors and
 * Editors without `unfiltered_html` can use it) and as a shortcode for classic themes and page builders.
 * The same renderer serves both.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\WordPress;

defined( 'ABSPATH' ) || exit;

/**
 * Registration of blocks, shortcodes and the editor script.
 */
final class Blocks_And_Shortcodes {

	public const EDITOR_HANDLE = 'ketahanan-lokal-editor';

	/**
	 * Sets up the registration.
	 *
	 * @param Widget_Renderer $renderer   Renderer.
	 * @param Site_Content    $content    The site's content (for the editor's sector list).
	 * @param string          $plugin_dir The plugin's folder.
	 * @param string          $plugin_url Its URL.
	 */
	public function __construct( private Widget_Renderer $renderer, private Site_Content $content, private string $plugin_dir, private string $plugin_url ) {
	}

	/**
	 * Hooks.
	 */
	public function hook(): void {
		add_action( 'init', array( $this, 'register' ) );
		// wptexturize() would curl the quotes of a fallback the element reads back as its content.
		add_filter( 'no_texturize_tags', array( $this, 'no_texturize' ) );
		add_action( 'enqueue_block_editor_assets', array( $this, 'editor_data' ) );
	}

	/**
	 * The sectors the partner-cards block offers, for the editor only.
	 */
	public function editor_data(): void {
		wp_add_inline_script( self::EDITOR_HANDLE, 'window.ketahananLokalSectors = ' . wp_json_encode( $this->sectors() ) . ';', 'before' );
	}

	/**
	 * Registers the editor script, the four blocks and the four shortcodes.
	 */
	public function register(): void {
		wp_register_script(
			self::EDITOR_HANDLE,
			$this->plugin_url . 'editor/blocks.js',
			array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
			KETAHANAN_LOKAL_VERSION,
			true
		);
		wp_set_script_translations( self::EDITOR_HANDLE, 'ketahanan-lokal', $this->plugin_dir . 'languages' );

		foreach ( Widgets::ALL as $slug => $widget ) {
			register_block_type(
				$this->plugin_dir . 'blocks/' . $slug,
				array(
					'render_callback' => fn ( array $attributes ): string => $this->renderer->render( $slug, $attributes, get_block_wrapper_attributes( array( 'class' => Widget_Renderer::WRAPPER_CLASS ) ) ),
				)
			);
			add_shortcode( $widget['shortcode'], fn ( $attributes ): string => $this->shortcode( $slug, $attributes ) );
		}
	}

	/**
	 * A shortcode: `[kl_faq_accordion lang="en" heading-level="2" single]`. Its output is inserted after
	 * `wpautop` has run, and a shortcode alone on its line loses its `<p>` to `shortcode_unautop`.
	 *
	 * @param string               $slug       Widget slug.
	 * @param array<mixed>|string  $attributes Shortcode attributes (a string when there are none).
	 */
	private function shortcode( string $slug, array|string $attributes ): string {
		$settings = array();
		foreach ( is_array( $attributes ) ? $attributes : array() as $name => $value ) {
			// A bare word (`single`) arrives as a numbered value: it switches that flag on.
			if ( is_int( $name ) ) {
				$settings[ strtolower( (string) $value ) ] = true;
			} else {
				$settings[ strtolower( (string) $name ) ] = $value;
			}
		}
		return $this->renderer->render( $slug, $settings, 'class="' . Widget_Renderer::WRAPPER_CLASS . ' ketahanan-lokal-shortcode"' );
	}

	/**
	 * Adds the elements to the tags whose text wptexturize() leaves alone.
	 *
	 * @param array<int, string> $tags Tags.
	 * @return array<int, string>
	 */
	public function no_texturize( array $tags ): array {
		return array_merge( $tags, array_column( Widgets::ALL, 'tag' ) );
	}

	/**
	 * The sectors a partner-cards block may start filtered to, in the editing user's language.
	 *
	 * @return array<int, array{id: string, name: string}>
	 */
	private function sectors(): array {
		$content = $this->content->merged( Widget_Renderer::locale( get_user_locale() ) );
		return array_map( static fn ( array $sector ): array => array( 'id' => $sector['id'], 'name' => $sector['name'] ), $content['sectors'] );
	}
}
