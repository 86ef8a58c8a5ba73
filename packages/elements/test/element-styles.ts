/** Our elements, whose shared style sheets the engine-fallback helpers rewrite. */
const ELEMENT_TAGS = [
  'kl-faq-accordion',
  'kl-challenge-explorer',
  'kl-principle-checklist',
  'kl-partner-cards',
  'kl-partner-card',
];

/**
 * The style sheets of every defined element class. Lit builds one sheet per style of a class, when the
 * class is defined, and adopts that same sheet in every instance: a change to it reaches the elements on
 * the page and those created later.
 */
export function* elementStyleSheets(): Generator<CSSStyleSheet> {
  const seen = new Set<CSSStyleSheet>();
  for (const tag of ELEMENT_TAGS) {
    const styles = (customElements.get(tag) as { elementStyles?: unknown[] } | undefined)?.elementStyles;
    for (const style of styles ?? []) {
      const sheet =
        style instanceof CSSStyleSheet ? style : (style as { styleSheet?: CSSStyleSheet }).styleSheet;
      if (sheet && !seen.has(sheet)) {
        seen.add(sheet);
        yield sheet;
      }
    }
  }
}
