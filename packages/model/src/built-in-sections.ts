/**
 * Each section's name and built-in texts in both locales, without its schema. Elements show these as they
 * are (the model validates them when it is built and in its tests), so a file that shows only the built-in
 * content need not carry the validator: `withChecks` (checked-section.ts) adds a section's checks where a
 * site's own content is read, and sections.ts builds the full sections from these.
 */
import type { Locale } from './locale.js';
import type { Content, SectionName } from './schema.js';
import * as id from './content/id.js';
import * as en from './content/en.js';

/** A section's name and its built-in texts in each locale. */
export interface BuiltInSection<N extends SectionName = SectionName> {
  readonly name: N;
  readonly defaults: Readonly<Record<Locale, Content[N]>>;
}

function builtIn<N extends SectionName>(
  name: N,
  idDefaults: Content[N],
  enDefaults: Content[N],
): BuiltInSection<N> {
  return { name, defaults: { id: idDefaults, en: enDefaults } };
}

// Each one its own pure top-level binding, read by static member access (`id.faq`, never `id[name]`), so a
// bundler keeps only the texts a file uses: the FAQ accordion's file carries the FAQ, not the whole article.
export const metaBuiltIn = /* @__PURE__ */ builtIn('meta', id.meta, en.meta);
export const resilienceBuiltIn = /* @__PURE__ */ builtIn('resilience', id.resilience, en.resilience);
export const sectorsBuiltIn = /* @__PURE__ */ builtIn('sectors', id.sectors, en.sectors);
export const partnersBuiltIn = /* @__PURE__ */ builtIn('partners', id.partners, en.partners);
export const reasonsHeaderBuiltIn = /* @__PURE__ */ builtIn(
  'reasonsHeader',
  id.reasonsHeader,
  en.reasonsHeader,
);
export const reasonsBuiltIn = /* @__PURE__ */ builtIn('reasons', id.reasons, en.reasons);
export const principlesHeaderBuiltIn = /* @__PURE__ */ builtIn(
  'principlesHeader',
  id.principlesHeader,
  en.principlesHeader,
);
export const principlesBuiltIn = /* @__PURE__ */ builtIn('principles', id.principles, en.principles);
export const partnershipsHeaderBuiltIn = /* @__PURE__ */ builtIn(
  'partnershipsHeader',
  id.partnershipsHeader,
  en.partnershipsHeader,
);
export const partnershipsBuiltIn = /* @__PURE__ */ builtIn('partnerships', id.partnerships, en.partnerships);
export const benefitsHeaderBuiltIn = /* @__PURE__ */ builtIn(
  'benefitsHeader',
  id.benefitsHeader,
  en.benefitsHeader,
);
export const benefitsBuiltIn = /* @__PURE__ */ builtIn('benefits', id.benefits, en.benefits);
export const challengesHeaderBuiltIn = /* @__PURE__ */ builtIn(
  'challengesHeader',
  id.challengesHeader,
  en.challengesHeader,
);
export const challengesBuiltIn = /* @__PURE__ */ builtIn('challenges', id.challenges, en.challenges);
export const conclusionBuiltIn = /* @__PURE__ */ builtIn('conclusion', id.conclusion, en.conclusion);
export const faqHeaderBuiltIn = /* @__PURE__ */ builtIn('faqHeader', id.faqHeader, en.faqHeader);
export const faqBuiltIn = /* @__PURE__ */ builtIn('faq', id.faq, en.faq);
export const callToActionBuiltIn = /* @__PURE__ */ builtIn('callToAction', id.callToAction, en.callToAction);
