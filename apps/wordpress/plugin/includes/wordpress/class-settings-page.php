<?php
/**
 * Settings → Ketahanan Lokal: the site owner uploads or pastes their content JSON. It is validated with the
 * model's rules before anything is saved; a document with problems is refused, each problem shown beside its
 * path, and the text stays in the form to be fixed. Only users who can `manage_options` reach it.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\WordPress;

defined( 'ABSPATH' ) || exit;

/**
 * The page and its two form handlers (save, remove).
 */
final class Settings_Page {

	private const SLUG          = 'ketahanan-lokal';
	private const REJECTED_META = 'ketahanan_lokal_rejected';
	private const MAX_BYTES     = 5 * 1024 * 1024;

	/**
	 * Sets up the page.
	 *
	 * @param Site_Content $content    The site's content.
	 * @param string       $plugin_url The plugin's URL.
	 */
	public function __construct( private Site_Content $content, private string $plugin_url ) {
	}

	/**
	 * Hooks.
	 */
	public function hook(): void {
		add_action( 'admin_menu', array( $this, 'add_page' ) );
		add_action( 'admin_post_ketahanan_lokal_save', array( $this, 'save' ) );
		add_action( 'admin_post_ketahanan_lokal_remove', array( $this, 'remove' ) );
	}

	/**
	 * Adds the page under Settings.
	 */
	public function add_page(): void {
		add_options_page( __( 'Ketahanan Lokal content', 'ketahanan-lokal' ), __( 'Ketahanan Lokal', 'ketahanan-lokal' ), 'manage_options', self::SLUG, array( $this, 'render' ) );
	}

	/**
	 * Validates the posted or uploaded document, then saves it or keeps it with its problems for the form.
	 */
	public function save(): void {
		$this->check_request( 'ketahanan_lokal_save' );
		$text = $this->submitted_text();
		if ( '' === trim( $text ) ) {
			$this->back( 'empty' );
		}
		$result = $this->content->validate( $text, Widget_Renderer::locale( get_user_locale() ) );
		if ( $result['ok'] ) {
			$this->content->save( $result['sections'] );
			delete_user_meta( get_current_user_id(), self::REJECTED_META );
			$this->back( 'saved' );
		}
		update_user_meta( get_current_user_id(), self::REJECTED_META, array( 'text' => $text, 'problems' => $result['problems'] ) );
		$this->back( 'rejected' );
	}

	/**
	 * Removes the site's document: the widgets show the built-in article again.
	 */
	public function remove(): void {
		$this->check_request( 'ketahanan_lokal_remove' );
		$this->content->remove();
		delete_user_meta( get_current_user_id(), self::REJECTED_META );
		$this->back( 'removed' );
	}

	/**
	 * Capability and nonce, before anything else.
	 *
	 * @param string $action Nonce action.
	 */
	private function check_request( string $action ): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'You are not allowed to change the Ketahanan Lokal content.', 'ketahanan-lokal' ), '', array( 'response' => 403 ) );
		}
		check_admin_referer( $action );
	}

	/**
	 * The uploaded file's text when a file was chosen, else the pasted text. Not sanitized as text: it is
	 * JSON, validated strictly before anything is kept, and only ever printed escaped.
	 */
	private function submitted_text(): string {
		// phpcs:disable WordPress.Security.NonceVerification.Missing -- checked in check_request().
		$file = $_FILES['ketahanan_lokal_file'] ?? null;
		if ( is_array( $file ) && UPLOAD_ERR_OK === ( $file['error'] ?? UPLOAD_ERR_NO_FILE ) && is_uploaded_file( (string) $file['tmp_name'] ) ) {
			if ( (int) $file['size'] > self::MAX_BYTES ) {
				$this->back( 'too-large' );
			}
			// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- the uploaded temporary file.
			return (string) file_get_contents( (string) $file['tmp_name'] );
		}
		// phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- JSON, validated before use.
		return isset( $_POST['ketahanan_lokal_json'] ) ? (string) wp_unslash( $_POST['ketahanan_lokal_json'] ) : '';
		// phpcs:enable
	}

	/**
	 * Back to the page with a status, and stop.
	 *
	 * @param string $status Status.
	 */
	private function back( string $status ): never {
		wp_safe_redirect( add_query_arg( array( 'page' => self::SLUG, 'status' => $status ), admin_url( 'options-general.php' ) ) );
		exit;
	}

	/**
	 * The page.
	 */
	public function render(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		$rejected = get_user_meta( get_current_user_id(), self::REJECTED_META, true );
		delete_user_meta( get_current_user_id(), self::REJECTED_META );
		$sections = $this->content->sections();
		$text     = is_array( $rejected ) ? (string) $rejected['text'] : ( null === $sections ? '' : (string) wp_json_encode( (object) $sections, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) );
		?>
		<div class="wrap">
			<h1><?php echo esc_html__( 'Ketahanan Lokal content', 'ketahanan-lokal' ); ?></h1>
			<?php $this->notices( is_array( $rejected ) ? $rejected['problems'] : array() ); ?>
			<p><?php echo esc_html__( 'The widgets show the article’s built-in content. To show your own FAQ, principles, challenges or partners, give a JSON document with only the sections you want to replace. It is checked before it is saved; a document with problems is never published.', 'ketahanan-lokal' ); ?></p>
			<p>
				<?php
				if ( null === $sections ) {
					echo esc_html__( 'No content of your own is saved: the widgets show the built-in article.', 'ketahanan-lokal' );
				} else {
					/* translators: %s: the section names, such as "faq, partners". */
					echo esc_html( sprintf( __( 'Your content replaces these sections: %s.', 'ketahanan-lokal' ), array() === $sections ? '—' : implode( ', ', array_keys( $sections ) ) ) );
				}
				?>
			</p>
			<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" enctype="multipart/form-data">
				<input type="hidden" name="action" value="ketahanan_lokal_save" />
				<?php wp_nonce_field( 'ketahanan_lokal_save' ); ?>
				<p>
					<label for="ketahanan-lokal-file"><?php echo esc_html__( 'Upload a JSON file', 'ketahanan-lokal' ); ?></label><br />
					<input type="file" id="ketahanan-lokal-file" name="ketahanan_lokal_file" accept=".json,application/json" />
				</p>
				<p>
					<label for="ketahanan-lokal-json"><?php echo esc_html__( 'or paste the document', 'ketahanan-lokal' ); ?></label><br />
					<textarea id="ketahanan-lokal-json" name="ketahanan_lokal_json" class="large-text code" rows="18" spellcheck="false"><?php echo esc_textarea( $text ); ?></textarea>
				</p>
				<p class="description">
					<?php
					/* translators: %s: URL of the JSON Schema file. */
					echo wp_kses( sprintf( __( 'Editors can check the document while you type: point its <code>"$schema"</code> at <a href="%s">schema.json</a>.', 'ketahanan-lokal' ), esc_url( $this->plugin_url . 'data/schema.json' ) ), array( 'code' => array(), 'a' => array( 'href' => array() ) ) );
					?>
				</p>
				<?php submit_button( __( 'Check and save', 'ketahanan-lokal' ) ); ?>
			</form>
			<?php if ( null !== $sections ) : ?>
				<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>">
					<input type="hidden" name="action" value="ketahanan_lokal_remove" />
					<?php wp_nonce_field( 'ketahanan_lokal_remove' ); ?>
					<?php submit_button( __( 'Remove my content (show the built-in article)', 'ketahanan-lokal' ), 'delete', 'submit', false ); ?>
				</form>
			<?php endif; ?>
		</div>
		<?php
	}

	/**
	 * The outcome of the last submission, and a stale document's warning.
	 *
	 * @param array<int, array{path: string, message: string}> $problems Problems of a refused document.
	 */
	private function notices( array $problems ): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only chooses which notice to show.
		$status   = isset( $_GET['status'] ) ? sanitize_key( wp_unslash( $_GET['status'] ) ) : '';
		$messages = array(
			'saved'     => array( 'success', __( 'Saved. Every widget now shows your content.', 'ketahanan-lokal' ) ),
			'removed'   => array( 'success', __( 'Removed. The widgets show the built-in article again.', 'ketahanan-lokal' ) ),
			'empty'     => array( 'error', __( 'Nothing to check: upload a JSON file or paste the document.', 'ketahanan-lokal' ) ),
			'too-large' => array( 'error', __( 'The file is larger than 5 MB and was not read.', 'ketahanan-lokal' ) ),
		);
		if ( isset( $messages[ $status ] ) ) {
			printf( '<div class="notice notice-%s"><p>%s</p></div>', esc_attr( $messages[ $status ][0] ), esc_html( $messages[ $status ][1] ) );
		}
		if ( $this->content->is_stale() ) {
			printf( '<div class="notice notice-warning"><p>%s</p></div>', esc_html__( 'Your saved content does not pass the checks of this version of the plugin, so the widgets show the built-in article. Save a corrected document.', 'ketahanan-lokal' ) );
		}
		if ( array() === $problems ) {
			return;
		}
		?>
		<div class="notice notice-error" id="ketahanan-lokal-problems">
			<p><strong>
				<?php
				/* translators: %d: number of problems. */
				echo esc_html( sprintf( _n( 'Not saved: the document has %d problem. Nothing was published.', 'Not saved: the document has %d problems. Nothing was published.', count( $problems ), 'ketahanan-lokal' ), count( $problems ) ) );
				?>
			</strong></p>
			<table class="widefat striped">
				<thead><tr><th scope="col"><?php echo esc_html__( 'Where', 'ketahanan-lokal' ); ?></th><th scope="col"><?php echo esc_html__( 'Problem', 'ketahanan-lokal' ); ?></th></tr></thead>
				<tbody>
				<?php foreach ( $problems as $problem ) : ?>
					<tr>
						<td><code><?php echo esc_html( '' === $problem['path'] ? __( '(the whole document)', 'ketahanan-lokal' ) : $problem['path'] ); ?></code></td>
						<td><?php echo esc_html( $problem['message'] ); ?></td>
					</tr>
				<?php endforeach; ?>
				</tbody>
			</table>
		</div>
		<?php
	}
}
