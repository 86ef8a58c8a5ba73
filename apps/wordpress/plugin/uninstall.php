<?php
/**
 * Removes what the plugin stored: the site owner's content (on every site of a network) and any refused
 * document kept for a user's form. Posts keep their blocks and shortcodes, which then render nothing.
 *
 * @package Ketahanan_Lokal
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $ketahanan_lokal_site ) {
		switch_to_blog( $ketahanan_lokal_site );
		delete_option( 'ketahanan_lokal_content' );
		restore_current_blog();
	}
} else {
	delete_option( 'ketahanan_lokal_content' );
}
delete_metadata( 'user', 0, 'ketahanan_lokal_rejected', '', true );
