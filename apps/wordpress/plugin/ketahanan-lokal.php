<?php
/**
 * Plugin Name:       Ketahanan Lokal
 * Plugin URI:        https://github.com/ketahanan-lokal/ketahanan-lokal/tree/main/apps/wordpress
 * Description:       Accessible, bilingual widgets on local resilience through partnerships (FAQ, principle checklist, challenge explorer, partner cards) as blocks and shortcodes, served from your own site, with your own validated content.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * Author:            Ketahanan Lokal
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       ketahanan-lokal
 * Domain Path:       /languages
 *
 * @package Ketahanan_Lokal
 */

defined( 'ABSPATH' ) || exit;

/** The version of the plugin, which is the version of the @ketahanan/elements build it serves. */
define( 'KETAHANAN_LOKAL_VERSION', '0.0.0-dev' );

require_once __DIR__ . '/includes/load-pure.php';
foreach ( array( 'widgets', 'site-content', 'assets', 'widget-renderer', 'blocks-and-shortcodes', 'settings-page' ) as $ketahanan_lokal_file ) {
	require_once __DIR__ . '/includes/wordpress/class-' . $ketahanan_lokal_file . '.php';
}
unset( $ketahanan_lokal_file );

add_action(
	'plugins_loaded',
	static function (): void {
		$dir     = plugin_dir_path( __FILE__ );
		$url     = plugin_dir_url( __FILE__ );
		$content = new Ketahanan_Lokal\WordPress\Site_Content( new Ketahanan_Lokal\Content\Content_Rules( $dir . 'data' ) );
		$assets  = new Ketahanan_Lokal\WordPress\Assets( $dir, $url );
		$assets->hook();
		( new Ketahanan_Lokal\WordPress\Blocks_And_Shortcodes( new Ketahanan_Lokal\WordPress\Widget_Renderer( $content, $assets, $dir ), $content, $dir, $url ) )->hook();
		if ( is_admin() ) {
			( new Ketahanan_Lokal\WordPress\Settings_Page( $content, $url ) )->hook();
		}
		load_plugin_textdomain( 'ketahanan-lokal', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	}
);
