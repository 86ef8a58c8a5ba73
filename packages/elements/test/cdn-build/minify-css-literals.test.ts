import { describe, expect, it } from 'vitest';
import type { CSSResult } from 'lit';
import { minifyCss } from '../../scripts/cdn/minify-css-literals.mjs';
import { base, tokens } from '../../src/shared/tokens.styles.js';
import { faqStyles } from '../../src/faq-accordion/faq-accordion.styles.js';
import { explorerStyles } from '../../src/challenge-explorer/challenge-explorer.styles.js';
import { checklistStyles } from '../../src/principle-checklist/principle-checklist.styles.js';
import { listStyles } from '../../src/partner-cards/partner-cards.styles.js';
import { cardStyles } from '../../src/partner-cards/partner-card.styles.js';

type RuleShape = string | { readonly condition: string; readonly rules: RuleShape[] } | RuleDeclarations;
interface RuleDeclarations {
  readonly selector: string;
  readonly declarations: readonly (readonly string[])[];
}

/**
 * What the browser made of a stylesheet: selectors, each declaration as the CSSOM serializes it, media
 * conditions. Custom properties and values holding `var()` keep their tokens as written, so only there
 * whitespace around commas is evened out (`a, b` and `a,b` substitute alike).
 */
function parsed(rules: CSSRuleList): RuleShape[] {
  return [...rules].map((rule) => {
    if (rule instanceof CSSStyleRule) {
      const declarations = [...rule.style].map((name) => {
        const value = rule.style.getPropertyValue(name);
        const shown =
          name.startsWith('--') || value.includes('var(') ? value.replace(/\s*,\s*/g, ',').trim() : value;
        return [name, shown, rule.style.getPropertyPriority(name)];
      });
      return { selector: rule.selectorText, declarations };
    }
    if (rule instanceof CSSMediaRule) return { condition: rule.conditionText, rules: parsed(rule.cssRules) };
    // Firefox and WebKit keep an @supports condition as written (Chromium rewrites it): spacing evened out.
    if (rule instanceof CSSSupportsRule)
      return { condition: rule.conditionText.replace(/\s*([:,])\s*/g, '$1'), rules: parsed(rule.cssRules) };
    return rule.cssText;
  });
}

function sheetOf(text: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
}

const packageStyles: Record<string, CSSResult> = {
  tokens,
  base,
  faqStyles,
  explorerStyles,
  checklistStyles,
  listStyles,
  cardStyles,
};

describe('minifyCss (the script-tag build minifies css`` literals)', () => {
  for (const [name, styles] of Object.entries(packageStyles)) {
    it(`leaves ${name} parsed to the same rules, in fewer bytes`, () => {
      const minified = minifyCss(styles.cssText);
      expect(minified.length).toBeLessThan(styles.cssText.length * 0.9);
      expect(minified).not.toMatch(/\n/);
      const before = parsed(sheetOf(styles.cssText).cssRules);
      expect(before.length).toBeGreaterThan(0);
      expect(parsed(sheetOf(minified).cssRules)).toEqual(before);
    });
  }

  it('keeps the spaces CSS needs and the text of strings', () => {
    expect(minifyCss('a  :hover { x: calc(1em + 2px) }')).toBe('a :hover{x:calc(1em + 2px)}');
    expect(minifyCss('@media (a: b) and (c) {\n  p { font: 1em "Noto  Sans", serif; }\n}')).toBe(
      '@media (a:b) and (c){p{font:1em "Noto  Sans",serif}}',
    );
    expect(minifyCss("q::before { content: 'a } /* b'; }")).toBe("q::before{content:'a } /* b'}");
  });

  it('drops comments and the last semicolon of a block', () => {
    expect(minifyCss('/* why */\n.a > .b {\n  color: red; /* x */\n  margin: 0;\n}\n')).toBe(
      '.a>.b{color:red;margin:0}',
    );
  });
});
