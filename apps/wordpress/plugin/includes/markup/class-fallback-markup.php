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
	 * @param string                $tag            Element tag.
	 * @param array<string, mixed>  $content        Merged content (faq, principles, challenges, partnerships, partners, sectors, and their headers).
	 * @param array<string, string> $labels         Fallback labels in the widget's language (solution, partnersHeading, outcomesHeading).
	 * @param bool                  $own_partners   Whether the site owner's document supplies `partners`.
	 * @param bool                  $section_header Whether the element has `section-header`: the section's title and intro come first.
	 * @return array<int, string>
	 */
	public static function lines( string $tag, array $content, array $labels, bool $own_partners, bool $section_header = false ): array {
		$header = $section_header ? self::header( $tag, $content, $own_partners ) : null;
		$lines  = match ( $tag ) {
			'kl-faq-accordion'       => self::faq( $content['faq'] ),
			'kl-principle-checklist' => self::principles( $content['principles'] ),
			'kl-challenge-explorer'  => self::challenges( $content['challenges'], $labels['solution'], null === $header ? 3 : 4 ),
			'kl-partner-cards'       => self::partners( $content, $labels, $own_partners ),
		};
		if ( null === $header ) {
			return $lines;
		}
		$title = array( '<h3>' . Html::text( $header['title'] ) . '</h3>' );
		$intro = isset( $header['intro'] ) ? array( '<p>' . Html::text( $header['intro'] ) . '</p>' ) : array();
		return array_merge( $title, $intro, $lines );
	}

	/**
	 * The section header the element shows with `section-header`: its section's, and none over a site
	 * owner's own partners.
	 *
	 * @param string               $tag          Element tag.
	 * @param array<string, mixed> $content      Merged content.
	 * @param bool                 $own_partners Whether the document supplies partners.
	 * @return array<string, string>|null
	 */
	private static function header( string $tag, array $content, bool $own_partners ): ?array {
		$name = match ( $tag ) {
			'kl-faq-accordion'       => 'faqHeader',
			'kl-principle-checklist' => 'principlesHeader',
			'kl-challenge-explorer'  => 'challengesHeader',
			'kl-partner-cards'       => $own_partners ? null : 'partnershipsHeader',
		};
		return null === $name ? null : ( $content[ $name ] ?? null );
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
	 * @param int                               $level      Level of each challenge's heading, as the element's.
	 * @return array<int, string>
	 */
	private static function challenges( array $challenges, string $label, int $level ): array {
		$lines = array();
		foreach ( $challenges as $challenge ) {
			array_push(
				$lines,
				'<section id="' . Html::text( $challenge['id'] ) . '"' . self::data( 'principle', $challenge['principle'] ?? null ) . '>',
				'  <h' . $level . '>' . Html::text( $challenge['title'] ) . '</h' . $level . '>',
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
	 * @param array<string, mixed>  $content      Content.
	 * @param array<string, string> $labels       Fallback labels ("Mitra" / "Partners", "Hasil" / "Outcomes").
	 * @param bool                  $own_partners Whether the document supplies partners.
	 * @return array<int, string>
	 */
	private static function partners( array $content, array $labels, bool $own_partners ): array {
		$sectors = array_column( $content['sectors'], 'name', 'id' );
		$items   = $own_partners
			? array_map( static fn ( array $partner ): string => self::partner_item( $partner, $sectors ), $content['partners'] )
			: array_map( static fn ( array $partnership ): string => self::partnership_item( $partnership, $content['partners'], $sectors, $labels ), $content['partnerships'] );
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
	 * One partnership: its summary and outcomes in the article's order, then the partners it names, as
	 * "Name (Sector)".
	 *
	 * @param array<string, mixed>             $partnership Partnership.
	 * @param array<int, array<string, mixed>> $partners    Partners.
	 * @param array<string, string>            $sectors     Sector names by id.
	 * @param array<string, string>            $labels      Fallback labels.
	 */
	private static function partnership_item( array $partnership, array $partners, array $sectors, array $labels ): string {
		$by_id   = array_column( $partners, null, 'id' );
		$members = array();
		foreach ( $partnership['partners'] as $id ) {
			if ( isset( $by_id[ $id ] ) ) {
				$sector    = self::sector_name( $by_id[ $id ], $sectors );
				$members[] = Html::text( $by_id[ $id ]['name'] ) . ( '' !== $sector ? ' (' . Html::text( $sector ) . ')' : '' );
			}
		}
		$outcomes = array_map( array( Html::class, 'text' ), $partnership['outcomes'] ?? array() );
		return '  <li><strong>' . Html::text( $partnership['title'] ) . '</strong>: ' . Html::text( $partnership['summary'] )
			. self::labelled_list( $labels['outcomesHeading'], $outcomes )
			. self::labelled_list( $labels['partnersHeading'], $members ) . '</li>';
	}

	/**
	 * ` <em>Label:</em> <ul>…</ul>` of items already escaped, or nothing for no items.
	 *
	 * @param string             $label Label.
	 * @param array<int, string> $items Escaped items.
	 */
	private static function labelled_list( string $label, array $items ): string {
		return $items ? ' <em>' . Html::text( $label ) . ':</em> <ul><li>' . implode( '</li><li>', $items ) . '</li></ul>' : '';
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
