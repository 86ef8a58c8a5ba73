import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@ketahanan/model';
import { renderHeading, type HeadingLevel } from '../shared/heading.js';
import type { CardsMessages } from '../shared/messages/index.js';
import type { CardView } from './card-view.js';
import { initials } from './initials.js';

export interface CardTemplateOptions {
  readonly messages: CardsMessages;
  readonly locale: Locale;
  /** Heading level of the card's name. */
  readonly level: HeadingLevel;
  /** The logo URL failed to load: show the name's initials instead. */
  readonly logoFailed: boolean;
  /** Replaces the description paragraph (the card element passes its default slot). */
  readonly description?: TemplateResult;
}

// Cards are rendered by the thousand: every element saved here is a thousand fewer to style and lay out,
// so facts are bare dt/dd pairs and contributions one sentence rather than a list.
function fact(term: string, detail: unknown): TemplateResult {
  return html`<dt>${term}</dt>
    <dd>${detail}</dd>`;
}

function list(items: readonly string[]): TemplateResult {
  return html`<ul class="card__list">
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/** "Finansial dan Teknis" / "Financial and Technical", in the reader's language. */
function sentence(items: readonly string[], locale: Locale): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/**
 * The logo is decorative (`alt=""`): the name is the heading right beside it, so a text alternative would
 * only make screen readers say the name twice. The initials that replace a broken logo are hidden likewise.
 */
function logo(view: CardView, options: CardTemplateOptions): TemplateResult {
  return options.logoFailed
    ? html`<span class="card__logo card__initials" part="logo" aria-hidden="true"
        >${initials(view.name, options.locale)}</span
      >`
    : html`<img
        class="card__logo"
        part="logo"
        src=${view.logo ?? ''}
        alt=""
        loading="lazy"
        decoding="async"
      />`;
}

/**
 * One card: the name as a heading (a link when the view has a safe URL, its `::after` stretched over the
 * whole card so the card is one click target with one focus stop), sector badges, description and facts.
 */
export function renderCard(view: CardView, options: CardTemplateOptions): TemplateResult {
  const text = options.messages.cards;
  const name = view.href
    ? html`<a class="card__link" part="link" href=${view.href}>${view.name}</a>`
    : view.name;
  const facts = [
    view.area ? fact(text.areaLabel, view.area) : nothing,
    view.contributions.length
      ? fact(
          text.contributionsHeading,
          sentence(
            view.contributions.map((contribution) => text.contributions[contribution]),
            options.locale,
          ),
        )
      : nothing,
    view.partners?.length ? fact(text.partnersHeading, list(view.partners)) : nothing,
    view.outcomes?.length ? fact(text.outcomesHeading, list(view.outcomes)) : nothing,
  ];
  return html`<article class="card" part="card">
    ${
      view.logo
        ? html`<div class="card__head">
            ${logo(view, options)}${renderHeading(options.level, name, 'card__name', 'name')}
          </div>`
        : renderHeading(options.level, name, 'card__name', 'name')
    }
    ${
      view.sectors.length
        ? html`<p class="card__badges">
            <span class="visually-hidden">${text.sectorLabel}:</span>
            ${view.sectors.map((sector) => html`<span class="card__badge" part="badge">${sector}</span> `)}
          </p>`
        : nothing
    }
    ${
      options.description ??
      (view.description ? html`<p class="card__description">${view.description}</p>` : nothing)
    }
    ${facts.some((item) => item !== nothing) ? html`<dl class="card__facts">${facts}</dl>` : nothing}
  </article>`;
}
