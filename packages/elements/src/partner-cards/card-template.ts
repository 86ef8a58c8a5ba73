import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@ketahanan/model';
import type { Messages } from '../shared/messages/index.js';
import type { CardView } from './card-view.js';
import { initials } from './initials.js';

export interface CardTemplateOptions {
  readonly messages: Messages;
  readonly locale: Locale;
  /** Heading level of the card's name, 1–6. */
  readonly level: number;
  /** The logo URL failed to load: show the name's initials instead. */
  readonly logoFailed: boolean;
  /** Replaces the description paragraph (the card element passes its default slot). */
  readonly description?: TemplateResult;
}

/** A valid heading level from an attribute value: anything else means the default, 3. */
export function headingLevel(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 3;
}

// Lit cannot bind a tag name, and a native heading beats role="heading": one template per level.
function heading(level: number, content: unknown): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class="card__name" part="name">${content}</h1>`;
    case 2:
      return html`<h2 class="card__name" part="name">${content}</h2>`;
    case 4:
      return html`<h4 class="card__name" part="name">${content}</h4>`;
    case 5:
      return html`<h5 class="card__name" part="name">${content}</h5>`;
    case 6:
      return html`<h6 class="card__name" part="name">${content}</h6>`;
    default:
      return html`<h3 class="card__name" part="name">${content}</h3>`;
  }
}

function fact(term: string, detail: unknown): TemplateResult {
  return html`<div class="card__fact">
    <dt>${term}</dt>
    <dd>${detail}</dd>
  </div>`;
}

function list(items: readonly string[], className = 'card__list'): TemplateResult {
  return html`<ul class=${className}>
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;
}

/**
 * The logo is decorative (`alt=""`): the name is the heading right beside it, so a text alternative would
 * only make screen readers say the name twice. The initials that replace a broken logo are hidden likewise.
 */
function logo(view: CardView, options: CardTemplateOptions): TemplateResult | typeof nothing {
  if (!view.logo) return nothing;
  return options.logoFailed
    ? html`<span class="card__logo card__initials" part="logo" aria-hidden="true"
        >${initials(view.name, options.locale)}</span
      >`
    : html`<img class="card__logo" part="logo" src=${view.logo} alt="" loading="lazy" decoding="async" />`;
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
          list(
            view.contributions.map((contribution) => text.contributions[contribution]),
            'card__tags',
          ),
        )
      : nothing,
    view.partners?.length ? fact(text.partnersHeading, list(view.partners)) : nothing,
    view.outcomes?.length ? fact(text.outcomesHeading, list(view.outcomes)) : nothing,
  ];
  return html`<article class="card" part="card">
    <div class="card__head">${logo(view, options)}${heading(options.level, name)}</div>
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
