/**
 * Valid content documents carrying generated text: the article's own sections for a widget, with every
 * human-readable field replaced (ids and cross-references kept, so the document stays valid).
 */
import { defaultContent, type Locale, type SectionName } from '@ketahanan/model';
import type { ContentTag } from './widgets.js';

/** Fields that hold ids, references or fixed words rather than free text. */
const NOT_TEXT = new Set([
  'id',
  'sector',
  'prevents',
  'principle',
  'partners',
  'contributions',
  'url',
  'logo',
]);

/** Hands out the generated values in turn, starting again when they run out. */
function cycle(values: readonly string[]): () => string {
  let next = 0;
  return () => values[next++ % values.length] ?? 'x';
}

function replaceTexts(value: unknown, text: () => string): unknown {
  if (typeof value === 'string') return text();
  if (Array.isArray(value)) return value.map((item) => replaceTexts(item, text));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, NOT_TEXT.has(key) ? field : replaceTexts(field, text)]),
  );
}

/**
 * Which sections each widget is given. The section whose first text the widget surely shows comes
 * first. Partner cards show either partnerships (the default view) or the site owner's own partners.
 */
export function sectionsFor(tag: ContentTag, ownPartners: boolean): SectionName[] {
  switch (tag) {
    case 'kl-faq-accordion':
      return ['faq'];
    case 'kl-challenge-explorer':
      return ['challenges', 'principles'];
    case 'kl-principle-checklist':
      return ['principles', 'challenges'];
    case 'kl-partner-cards':
      return ownPartners ? ['partners', 'sectors'] : ['partnerships', 'sectors'];
  }
}

export interface FuzzDocument {
  readonly document: Record<string, unknown>;
  /** The first text placed, as the widget shows it (the model trims text). */
  readonly first: string;
}

/** The widget's sections in `locale` with `texts` in every text field and `urls` as partner links/logos. */
export function fuzzDocument(
  sections: readonly SectionName[],
  locale: Locale,
  texts: readonly string[],
  urls: readonly string[],
): FuzzDocument {
  const text = cycle(texts);
  const url = cycle(urls);
  const document: Record<string, unknown> = {};
  for (const name of sections) {
    let section = replaceTexts(defaultContent[locale][name], text);
    if (name === 'partners' && Array.isArray(section)) {
      section = section.map((partner: object) => ({ ...partner, url: url(), logo: url() }));
    }
    document[name] = section;
  }
  return { document, first: (texts[0] ?? 'x').trim() };
}
