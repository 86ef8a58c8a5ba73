import type { PropertyValues } from 'lit';
import { sectorsBuiltIn, type Partner } from '@ketahanan/model';
import { element } from '../shared/element.js';
import { headingLevel } from '../shared/heading.js';
import { KlElement } from '../shared/kl-element.js';
import { cardsMessages } from '../shared/messages/index.js';
import { renderProblems } from '../shared/problems-view.js';
import { buildCard } from './card-dom.js';
import { partnerView, sectorNames, type CardView } from './card-view.js';
import { cardStyles } from './partner-card.styles.js';

/** A text field of an untyped `partner` object: trimmed, or undefined unless it is non-empty text. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A non-blank address as given: safeUrl trims it itself, after refusing hidden characters anywhere. */
function address(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/**
 * @summary One partner organisation (or partnership) as a card: the name as a heading, a sector badge,
 * what it contributes, an optional logo and at most one link.
 *
 * Works from attributes and the default slot alone, from a `partner` object (the model's `Partner`), or
 * both: a non-empty attribute wins over the same field of `partner`. For a partnership, give its title as
 * `name`, its area, and its summary and partners in the slot (`kl-partner-cards` renders partnerships this
 * way from content).
 *
 * - The name is a heading (`heading-level`, default 3). With a safe `href` (`https:`, `http:`, `mailto:`,
 *   `tel:`, or relative) the name is a link whose click area covers the whole card: one link, one tab
 *   stop, no nested controls. Any other scheme (`javascript:`, `data:`, …), or an address hiding a control
 *   or invisible character (`javascript\u0000:`), shows the name as plain text. The link is written
 *   in printable ASCII (`https:desa.example` as `https://desa.example/`, spaces percent-encoded).
 * - The logo is decorative (`alt=""`): the name is already the heading beside it, so an `alt` would only
 *   make screen readers repeat it. A logo with an unsafe URL is not shown; one that fails to load is
 *   replaced by the name's initials.
 * - Given no name at all, the card shows a localized error instead of an empty box.
 *
 * @slot - The description (plain markup such as `<p>…</p>`). Without it, the `partner`'s description.
 *
 * @attr [heading-level=3] - Heading level of the name, 1–6.
 * @prop [headingLevel=3] - Heading level of the name, 1–6.
 *
 * @csspart card - The `<article>`.
 * @csspart name - The heading.
 * @csspart link - The link (the name), stretched over the card.
 * @csspart badge - The sector badge.
 * @csspart logo - The logo, or the initials shown when it fails to load.
 * @csspart error - Shown instead of the card when it has no name.
 *
 * @cssproperty --kl-color-surface - Card background.
 * @cssproperty --kl-color-border - Card border.
 * @cssproperty --kl-color-accent - Link, badge and initials.
 * @cssproperty --kl-color-scheme - `light`, `dark`, or `light dark` to follow the OS.
 */
export class KlPartnerCard extends KlElement {
  static override styles = [super.styles, cardStyles];
  // (`attribute: false` on internal state only keeps the manifest analyzer from listing it as an attribute.)
  static override properties = {
    partner: { attribute: false },
    name: {},
    sector: {},
    area: {},
    contributions: {},
    href: {},
    logo: {},
    failedLogo: { state: true, attribute: false },
  };

  /** A partner object (`{id, name, sector, description, contributions, area, url, logo}`). */
  declare partner: Partner | undefined;
  /** The organisation's (or partnership's) name; the card's heading. */
  name = '';
  /** Sector id (`pemerintah`, `swasta`, `masyarakat-sipil`, `komunitas-lokal`, shown localized) or any text. */
  sector = '';
  /** Where the partner works. */
  area = '';
  /** Space-separated: any of `finansial teknis sdm pengetahuan`. */
  contributions = '';
  /** The partner's site (or a `mailto:`/`tel:` address); the card's one link. */
  href = '';
  /** URL of a logo image. */
  logo = '';

  /** The logo URL that failed to load, so the initials show until the URL changes. */
  private failedLogo: string | null = null;
  /** The card's link had focus when the update began. */
  #refocus = false;

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    root.addEventListener(
      'error',
      (event) => {
        if (event.target instanceof HTMLImageElement) this.failedLogo = event.target.getAttribute('src');
      },
      true,
    );
    return root;
  }

  override render() {
    const messages = cardsMessages(this);
    const view = this.#view();
    if (!view) return renderProblems(this, { problems: [{ path: '', message: messages.cards.missingName }] });
    const description = element('slot', 'card__description', '');
    if (view.description) description.append(view.description);
    return buildCard(view, {
      messages,
      locale: this.locale,
      level: headingLevel(this.headingLevel),
      logoFailed: view.logo !== null && view.logo === this.failedLogo,
      description,
    });
  }

  // The card is built anew on each update (one card: a handful of nodes), which replaces a focused link.
  protected override update(changed: PropertyValues<this>): void {
    const link = this.renderRoot.querySelector('.card__link');
    this.#refocus = link !== null && link === this.shadowRoot?.activeElement;
    super.update(changed);
  }

  protected override updated(): void {
    if (!this.#refocus) return;
    this.renderRoot.querySelector<HTMLElement>('.card__link')?.focus({ preventScroll: true });
  }

  /** Attributes over the `partner` object, read defensively: it comes from script we did not write. */
  #view(): CardView | undefined {
    const given: unknown = this.partner;
    const partner: Partial<Record<keyof Partner, unknown>> =
      typeof given === 'object' && given !== null ? given : {};
    const name = text(this.name) ?? text(partner.name);
    if (!name) return undefined;
    const contributions = text(this.contributions)?.split(/\s+/) ?? partner.contributions;
    return partnerView(
      {
        id: text(partner.id) ?? name,
        name,
        sector: text(this.sector) ?? text(partner.sector),
        area: text(this.area) ?? text(partner.area),
        description: text(partner.description),
        contributions: Array.isArray(contributions)
          ? contributions.filter((item) => typeof item === 'string')
          : [],
        url: address(this.href) ?? address(partner.url),
        logo: address(this.logo) ?? address(partner.logo),
      },
      sectorNames(sectorsBuiltIn.defaults[this.locale]),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kl-partner-card': KlPartnerCard;
  }
}
