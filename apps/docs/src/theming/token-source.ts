/**
 * Reads the `--kl-*` design tokens out of the CSS the elements actually ship, so the Theming page can never
 * list a token that does not exist or miss one that does.
 */

export type TokenKind =
  'scheme' | 'color' | 'font-family' | 'font-size' | 'line-height' | 'length' | 'duration' | 'other';

export interface DesignToken {
  /** The public custom property, e.g. `--kl-color-accent`. */
  readonly name: string;
  /** Its default as written in the stylesheet, e.g. `light-dark(#0b6e4f, #5fd4a8)`. */
  readonly fallback: string;
  readonly kind: TokenKind;
}

function kindOf(name: string): TokenKind {
  if (name === '--kl-color-scheme') return 'scheme';
  if (name.startsWith('--kl-color-')) return 'color';
  if (name === '--kl-font-family') return 'font-family';
  if (name === '--kl-font-size') return 'font-size';
  if (name === '--kl-line-height') return 'line-height';
  if (name.endsWith('-duration')) return 'duration';
  if (/radius|space|width/.test(name)) return 'length';
  return 'other';
}

/** The text between `(` at `open` and its matching `)`, or undefined when unbalanced. */
function balancedArguments(css: string, open: number): string | undefined {
  let depth = 0;
  for (let index = open; index < css.length; index += 1) {
    const char = css[index];
    if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0) return css.slice(open + 1, index);
    }
  }
  return undefined;
}

/** Every `var(--kl-…, fallback)` in `css`, first occurrence wins, in source order. */
export function tokensFromCss(css: string): DesignToken[] {
  const tokens = new Map<string, DesignToken>();
  const varCall = /var\(\s*(--kl-[a-z0-9-]+)/g;
  for (let match = varCall.exec(css); match; match = varCall.exec(css)) {
    const name = match[1];
    if (name === undefined || tokens.has(name)) continue;
    const args = balancedArguments(css, match.index + 'var'.length);
    if (args === undefined) continue;
    const comma = args.indexOf(',');
    const fallback = comma === -1 ? '' : args.slice(comma + 1).trim();
    tokens.set(name, { name, fallback, kind: kindOf(name) });
  }
  return [...tokens.values()];
}

/** The CSS text of a Lit element class's styles (`elementStyles` is public, filled when it is defined). */
export function cssTextOf(elementClass: { elementStyles: readonly unknown[] }): string {
  return elementClass.elementStyles
    .map((style) => {
      if (style instanceof CSSStyleSheet) return [...style.cssRules].map((rule) => rule.cssText).join('\n');
      if (typeof style === 'object' && style !== null && 'cssText' in style) return String(style.cssText);
      return '';
    })
    .join('\n');
}
