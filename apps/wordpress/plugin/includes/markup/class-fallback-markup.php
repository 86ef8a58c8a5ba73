<?php
/**
 * The no-JavaScript fallback of each widget, line for line what `createElementMarkup` of
 * `@ketahanan/elements/snippet` writes (snippet/fallback/*.ts), which is exactly the markup each element reads
 * back as its content when it upgrades. The parity test renders the same content with both and compares.
 *
 * @package Ketahanan_Lokal
 */

namespace Ketahanan_Lokal\Markup;

defined( 'ABSPATH' ) || defined( 'KETAHANAN_LOKAL_STANDALONE' ) || exit;

/**
 * Fallback lines per widget, from merged content (associative arrays).
 */
final class Fallback_Markup {

	/**
	 * The fallback lines of `$tag`.
	 *
	 * @param string               $tag          Element tag.
	 * @param array<string, mixed> $content      Merged content (faq, principles, challenges, partnerships, partners, sectors).
	 * @param array<string, string> $labels      Fallback labels in the widget's language (solution, partnersHeading).
	 * @param bool                 $own_partners Whether the site owner's document supplies `partners`.
	 * @return array<int, string>
	 */
	public static function lines( string $tag, array $content, array $labels, bool $own_partners ): array {
		return match ( $tag ) {
			'kl-faq-accordion'       => self::faq( $content['faq'] ),
			'kl-principle-checklist' => self::principles( $content['principles'] ),
			'kl-challenge-explorer'  => self::challenges( $content['challenges'], $labels['solution'] ),
			'kl-partner-cards'       => self::partners( $content, $labels['partnersHeading'], $own_partners ),
		};
	}

	/**
	 * The FAQ as native `<details>`, ids kept so deep links stay the same.
	 *
	 * @param array<int, array<string, string>> $faq FAQ items.
	 * @return array<int, string>
	 */
	private static function faq( array $faq ): array {
		return array_map(
			static fn ( array $item ): string => '<details id="' . Html::text( $item['id'] ) . '"><summary>' . Html::text( $item['question'] ) . '</summary>' . Html::text( $item['answer'] ) . '</details>',
			$faq
		);
	}

	/**
	 * The principles as a list, ids and prevented challenges as data attributes.
	 *
	 * @param array<int, array<string, string>> $principles Principles.
	 * @return array<int, string>
	 */
	private static function principles( array $principles ): array {
		$lines = array( '<ul>' );
		foreach ( $principles as $principle ) {
			$prevents = isset( $principle['prevents'] ) ? ' data-prevents="' . Html::text( $principle['prevents'] ) . '"' : '';
			$lines[]  = '  <li data-id="' . Html::text( $principle['id'] ) . '"' . $prevents . '><strong>' . Html::text( $principle['title'] ) . '</strong>: ' . Html::text( $principle['description'] ) . '</li>';
		}
		$lines[] = '</ul>';
		return $lines;
	}

	/**
	 * Each challenge as a section with its solution behind the explorer's own label; its related principle,
	 * where it has one, as `data-principle`.
	 *
	 * @param array<int, array<string, string>> $challenges Challenges.
	 * @param string                            $label      "Solusi" / "Solution".
	 * @return array<int, string>
	 */
	private static function challenges( array $challenges, string $label ): array {
		$lines = array();
		foreach ( $challenges as $challenge ) {
			array_push(
				$lines,
				'<section id="' . Html::text( $challenge['id'] ) . '"' . self::data( 'principle', $challenge['principle'] ?? null ) . '>',
				'  <h3>' . Html::text( $challenge['title'] ) . '</h3>',
				'  <p>' . Html::text( $challenge['description'] ) . '</p>',
				'  <p><strong>' . Html::text( $label ) . ':</strong> ' . Html::text( $challenge['solution'] ) . '</p>',
				'</section>'
			);
		}
		return $lines;
	}

	/**
	 * The site owner's partners in the format the cards read back, or else the partnerships for readers.
	 *
	 * @param array<string, mixed> $content      Content.
	 * @param string               $heading      "Mitra" / "Partners".
	 * @param bool                 $own_partners Whether the document supplies partners.
	 * @return array<int, string>
	 */
	private static function partners( array $content, string $heading, bool $own_partners ): array {
		$sectors = array_column( $content['sectors'], 'name', 'id' );
		$items   = $own_partners
			? array_map( static fn ( array $partner ): string => self::partner_item( $partner, $sectors ), $content['partners'] )
			: array_map( static fn ( array $partnership ): string => self::partnership_item( $partnership, $content['partners'], $sectors, $heading ), $content['partnerships'] );
		return array_merge( array( '<ul>' ), $items, array( '</ul>' ) );
	}

	/**
	 * One partner: machine values as data attributes, the name (linked when safe), sector, area, description.
	 *
	 * @param array<string, mixed>  $partner Partner.
	 * @param array<string, string> $sectors Sector names by id.
	 */
	private static function partner_item( array $partner, array $sectors ): string {
		$href    = Safe_Url::of( $partner['url'] ?? null );
		$strong  = '<strong>' . Html::text( $partner['name'] ) . '</strong>';
		$name    = null === $href ? $strong : '<a href="' . Html::text( $href ) . '">' . $strong . '</a>';
		$sector  = self::sector_name( $partner, $sectors );
		$details = array();
		foreach ( array( 'area', 'description' ) as $field ) {
			if ( isset( $partner[ $field ] ) ) {
				$details[] = '<span data-field="' . $field . '">' . Html::text( $partner[ $field ] ) . '</span>';
			}
		}
		$attributes = self::data( 'id', $partner['id'] ) . self::data( 'sector', $partner['sector'] ?? null )
			. self::data( 'contributions', isset( $partner['contributions'] ) ? implode( ' ', $partner['contributions'] ) : null )
			. self::data( 'logo', Safe_Url::of( $partner['logo'] ?? null ) );
		return '  <li' . $attributes . '>' . $name . ( '' !== $sector ? ' (' . Html::text( $sector ) . ')' : '' ) . ( $details ? ': ' . implode( '. ', $details ) : '' ) . '</li>';
	}

	/**
	 * One partnership with its summary and the partners it names, as "Name (Sector)".
	 *
	 * @param array<string, mixed>             $partnership Partnership.
	 * @param array<int, array<string, mixed>> $partners    Partners.
	 * @param array<string, string>            $sectors     Sector names by id.
	 * @param string                           $heading     "Mitra" / "Partners".
	 */
	private static function partnership_item( array $partnership, array $partners, array $sectors, string $heading ): string {
		$by_id   = array_column( $partners, null, 'id' );
		$members = '';
		foreach ( $partnership['partners'] as $id ) {
			if ( isset( $by_id[ $id ] ) ) {
				$sector   = self::sector_name( $by_id[ $id ], $sectors );
				$members .= '<li>' . Html::text( $by_id[ $id ]['name'] ) . ( '' !== $sector ? ' (' . Html::text( $sector ) . ')' : '' ) . '</li>';
			}
		}
		return '  <li><strong>' . Html::text( $partnership['title'] ) . '</strong>: ' . Html::text( $partnership['summary'] )
			. ' <em>' . Html::text( $heading ) . ':</em> <ul>' . $members . '</ul></li>';
	}

	/**
	 * The name of a partner's sector, or '' for a partner in no sector (or one without a name).
	 *
	 * @param array<string, mixed>  $partner Partner.
	 * @param array<string, string> $sectors Sector names by id.
	 */
	private static function sector_name( array $partner, array $sectors ): string {
		return isset( $partner['sector'] ) ? ( $sectors[ $partner['sector'] ] ?? '' ) : '';
	}

	/**
	 * ` data-name="value"`, or nothing without a value.
	 *
	 * @param string      $name  Attribute name after `data-`.
	 * @param string|null $value Value.
	 */
	private static function data( string $name, ?string $value ): string {
		return null === $value || '' === $value ? '' : ' data-' . $name . '="' . Html::text( $value ) . '"';
	}
}
