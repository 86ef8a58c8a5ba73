import type { Locale } from '@ketahanan/model';
import { element } from '../shared/element.js';
import type { HeadingLevel } from '../shared/heading.js';
import type { CardsMessages } from '../shared/messages/index.js';
import type { CardView } from './card-view.js';
import { initials } from './initials.js';

export interface CardOptions {
  readonly messages: CardsMessages;
  readonly locale: Locale;
  /** Heading level of the card's name. */
  readonly level: HeadingLevel;
  /** The logo URL failed to load: show the name's initials instead. */
  readonly logoFailed: boolean;
  /** Takes the description paragraph's place (the card element passes its default slot). */
  readonly description?: HTMLElement;
}

// Cards are built as DOM (see shared/element.ts), like the FAQ's items: at 1,000 cards that took the JS
// heap from 3.5 MB to 0.75 MB and the first render from 1.7x to 1.1x native HTML's main-thread time.
// Facts are bare dt/dd pairs and contributions one sentence rather than a list for the same reason: every
// node saved is a thousand fewer to create, style, lay out and, when a filter hides the card, take down.

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
export function buildLogo(
  view: CardView,
  { locale, logoFailed }: Pick<CardOptions, 'locale' | 'logoFailed'>,
) {
  if (logoFailed) {
    const letters = element('span', 'card__logo card__initials', 'logo', initials(view.name, locale));
    letters.setAttribute('aria-hidden', 'true');
    return letters;
  }
  const image = element('img', 'card__logo', 'logo');
  image.setAttribute('alt', '');
  // Before `src`: an image given its address first starts loading at once, lazy or not.
  image.setAttribute('loading', 'lazy');
  image.setAttribute('decoding', 'async');
  image.setAttribute('src', view.logo ?? '');
  return image;
}

function facts(view: CardView, { messages, locale }: CardOptions): HTMLElement[] {
  const text = messages.cards;
  const list = (items: readonly string[]) =>
    element('ul', 'card__list', '', ...items.map((item) => element('li', '', '', item)));
  const pairs: [string, Node | string][] = [];
  if (view.area) pairs.push([text.areaLabel, view.area]);
  if (view.contributions.length) {
    const names = view.contributions.map((contribution) => text.contributions[contribution]);
    pairs.push([text.contributionsHeading, sentence(names, locale)]);
  }
  if (view.partners?.length) pairs.push([text.partnersHeading, list(view.partners)]);
  if (view.outcomes?.length) pairs.push([text.outcomesHeading, list(view.outcomes)]);
  return pairs.flatMap(([term, detail]) => [element('dt', '', '', term), element('dd', '', '', detail)]);
}

/**
 * One card: the name as a heading (a link when the view has a safe URL, its `::after` stretched over the
 * whole card so the card is one click target with one focus stop), sector badges, description and facts.
 */
export function buildCard(view: CardView, options: CardOptions): HTMLElement {
  const text = options.messages.cards;
  const name = view.href ? element('a', 'card__link', 'link', view.name) : view.name;
  if (typeof name !== 'string') name.setAttribute('href', view.href ?? '');
  const heading = element(`h${String(options.level)}`, 'card__name', 'name', name);
  const card = element(
    'article',
    'card',
    'card',
    view.logo ? element('div', 'card__head', '', buildLogo(view, options), heading) : heading,
  );
  if (view.sectors.length) {
    // The spaces keep "Sektor: Pemerintah Swasta" three words for copying and for screen readers.
    const badges = element(
      'p',
      'card__badges',
      '',
      element('span', 'visually-hidden', '', `${text.sectorLabel}:`),
    );
    for (const sector of view.sectors) badges.append(' ', element('span', 'card__badge', 'badge', sector));
    card.append(badges);
  }
  const description =
    options.description ??
    (view.description ? element('p', 'card__description', '', view.description) : undefined);
  if (description) card.append(description);
  const pairs = facts(view, options);
  if (pairs.length) card.append(element('dl', 'card__facts', '', ...pairs));
  return card;
}
