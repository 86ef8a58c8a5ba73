<?php
/**
 * Renders a widget for a block or a shortcode: a block-level wrapper (so the fallback keeps the theme's
 * column before the script runs), the element with its settings, the site owner's sections as inline JSON,
 * and the fallback written on the server, so readers without JavaScript get the content in the page's HTML.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\WordPress;

use Ketahanan_Lokal\Markup\Element_Markup;
use Ketahanan_Lokal\Markup\Fallback_Markup;

defined( 'ABSPATH' ) || exit;

/**
 * One widget's HTML.
 */
final class Widget_Renderer {

	/**
	 * The wrapper's classes: `kl-embed`, the block every snippet puts its element in (createSnippet), so one
	 * stylesheet rule reaches pasted and plugin widgets alike; `ketahanan-lokal` for this plugin's own.
	 */
	public const WRAPPER_CLASS = 'kl-embed ketahanan-lokal';

	/**
	 * Fallback labels by locale.
	 *
	 * @var array<string, array<string, string>>
	 */
	private array $labels;

	/**
	 * Sets up the renderer.
	 *
	 * @param Site_Content $content    The site's content.
	 * @param Assets       $assets     Script loading.
	 * @param string       $plugin_dir The plugin's folder.
	 */
	public function __construct( private Site_Content $content, private Assets $assets, string $plugin_dir ) {
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
		$this->labels = json_decode( (string) file_get_contents( $plugin_dir . 'data/fallback-labels.json' ), true );
	}

	/**
	 * The widget's HTML, and its script requested for this page.
	 *
	 * @param string               $slug     Widget slug.
	 * @param array<string, mixed> $settings Block or shortcode attributes.
	 * @param string               $wrapper  Attributes of the wrapping div (already escaped).
	 */
	public function render( string $slug, array $settings, string $wrapper ): string {
		$widget = Widgets::ALL[ $slug ];
		$locale = self::locale( $settings['lang'] ?? '' );
		$attributes = Widgets::element_attributes( $slug, $settings );
		$own        = $this->content->own_sections( $widget['sections'] );
		$markup     = Element_Markup::render(
			$widget['tag'],
			$locale,
			$attributes,
			$own,
			Fallback_Markup::lines( $widget['tag'], $this->content->merged( $locale ), $this->labels[ $locale ], null !== $this->content->own_sections( array( 'partners' ) ), isset( $attributes['section-header'] ) )
		);
		$this->assets->use( $widget['tag'], null !== $own );
		$packed = self::packed_language( $settings['lang'] ?? '' );
		if ( null !== $packed ) {
			// The fallback stays in `$locale`; the element shows the site's language from its pack once it starts.
			$markup = (string) preg_replace( '/ lang="' . $locale . '"/', ' lang="' . esc_attr( $packed ) . '"', $markup, 1 );
		}
		return '<div ' . $wrapper . '>' . "\n" . $markup . "\n" . '</div>';
	}

	/**
	 * The site's language tag (`jv-ID`), when no language was chosen, it is neither Indonesian nor English, and
	 * a language pack for it is registered (the `ketahanan_lokal_language_packs` filter); else null.
	 *
	 * @param mixed $chosen The block's or shortcode's `lang`.
	 */
	private static function packed_language( mixed $chosen ): ?string {
		if ( is_string( $chosen ) && '' !== $chosen ) {
			return null;
		}
		$tag      = str_replace( '_', '-', determine_locale() );
		$language = strtolower( (string) preg_split( '/-/', $tag )[0] );
		if ( in_array( $language, array( 'id', 'en', 'in' ), true ) ) {
			return null;
		}
		foreach ( (array) apply_filters( 'ketahanan_lokal_language_packs', array() ) as $pack ) {
			$lang = is_array( $pack ) && is_string( $pack['lang'] ?? null ) ? strtolower( $pack['lang'] ) : '';
			if ( (string) preg_split( '/[-_]/', $lang )[0] === $language ) {
				return $tag;
			}
		}
		return null;
	}

	/**
	 * The widget's language: `id` or `en` as chosen, else the site's (`id_ID` → `id`, `en_*` → `en`, else `id`,
	 * the model's rule), always written out so the fallback and the widget speak the same language.
	 *
	 * @param mixed $chosen The block's or shortcode's `lang`.
	 */
	public static function locale( mixed $chosen ): string {
		$tag = is_string( $chosen ) && '' !== $chosen ? $chosen : determine_locale();
		return 'en' === strtolower( (string) preg_split( '/[-_]/', $tag )[0] ) ? 'en' : 'id';
	}
}
