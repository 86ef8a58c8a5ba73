import { expect } from 'vitest';
import { commands } from 'vitest/browser';
import { elementStyleSheets } from './element-styles.js';

/** What a test can ask the page's CSS media to be; anything left out is the engine's own value. */
export interface EmulatedMedia {
  readonly media?: 'print' | 'screen';
  readonly reducedMotion?: 'reduce' | 'no-preference';
  readonly forcedColors?: 'active' | 'none';
}

/** The query each setting makes true and the one it makes false, as our styles write them. */
const CONDITIONS: Record<keyof EmulatedMedia, (value: string) => { on: string[]; off: string[] }> = {
  media: (value) =>
    value === 'print' ? { on: ['print'], off: ['screen'] } : { on: ['screen'], off: ['print'] },
  reducedMotion: (value) => {
    const [on, off] = value === 'reduce' ? ['reduce', 'no-preference'] : ['no-preference', 'reduce'];
    return { on: [`(prefers-reduced-motion: ${on})`], off: [`(prefers-reduced-motion: ${off})`] };
  },
  forcedColors: (value) => {
    const [on, off] = value === 'active' ? ['active', 'none'] : ['none', 'active'];
    return { on: [`(forced-colors: ${on})`], off: [`(forced-colors: ${off})`] };
  },
};

/** Words that show a media query depends on a setting, to refuse rewriting a query this file cannot read. */
const MENTIONS: Record<keyof EmulatedMedia, RegExp> = {
  media: /\b(print|screen)\b/,
  reducedMotion: /prefers-reduced-motion/,
  forcedColors: /forced-colors/,
};

/** Media rules rewritten by the fallback, with the text to put back. */
const rewritten: { rule: CSSMediaRule; original: string }[] = [];

/**
 * Makes the page's CSS see `settings`: through the engine's own emulation where its driver has one
 * (Chromium, Firefox; checked with `matchMedia`), otherwise (WebKitGTK, whose WebDriver has none) by
 * switching on the style rules written for those conditions and off those written against them, in every
 * style sheet of the page, its shadow roots and our elements. The fallback proves our rules apply in that
 * engine; that the engine itself enters print or forced-colors mode is its own business (README, "Browser
 * support"). Undo with `resetMedia()`.
 */
export async function emulateMedia(settings: EmulatedMedia): Promise<void> {
  if (await commands.emulateMedia(settings)) {
    const queries = definedSettings(settings).flatMap(([name, value]) => CONDITIONS[name](value).on);
    await expect
      .poll(() => queries.filter((query) => !matchMedia(query).matches), { message: 'emulated media' })
      .toEqual([]);
    return;
  }
  for (const [name, value] of definedSettings(settings)) switchRules(name, value);
}

/** Back to the engine's own media: emulation cleared, rewritten rules restored. */
export async function resetMedia(): Promise<void> {
  await commands.emulateMedia({});
  for (const { rule, original } of rewritten.splice(0)) rule.media.mediaText = original;
}

function definedSettings(settings: EmulatedMedia): [keyof EmulatedMedia, string][] {
  return Object.entries(settings).filter(
    (entry): entry is [keyof EmulatedMedia, string] => typeof entry[1] === 'string',
  );
}

function switchRules(name: keyof EmulatedMedia, value: string): void {
  const { on, off } = CONDITIONS[name](value);
  let switched = 0;
  for (const rule of mediaRules()) {
    const text = rule.media.mediaText;
    if (!MENTIONS[name].test(text)) continue;
    const replacement = on.includes(text) ? 'all' : off.includes(text) ? 'not all' : undefined;
    if (replacement === undefined)
      throw new Error(`test/media.ts cannot emulate "@media ${text}" in this engine; teach it this query`);
    rewritten.push({ rule, original: text });
    rule.media.mediaText = replacement;
    if (replacement === 'all') switched++;
  }
  if (switched === 0) throw new Error(`no style rule is written for ${on.join(', ')}: nothing to emulate`);
}

/** Every @media rule of the page, its open shadow roots and our element classes, nested rules included. */
function* mediaRules(): Generator<CSSMediaRule> {
  const seen = new Set<CSSStyleSheet>();
  for (const sheet of styleSheets()) {
    if (seen.has(sheet)) continue;
    seen.add(sheet);
    yield* mediaRulesIn(sheet.cssRules);
  }
}

function* mediaRulesIn(rules: CSSRuleList): Generator<CSSMediaRule> {
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule) yield rule;
    if (rule instanceof CSSGroupingRule) yield* mediaRulesIn(rule.cssRules);
  }
}

function* styleSheets(): Generator<CSSStyleSheet> {
  yield* document.styleSheets;
  yield* document.adoptedStyleSheets;
  for (const root of shadowRoots(document)) {
    yield* root.styleSheets;
    yield* root.adoptedStyleSheets;
  }
  // Rewriting an element class's sheets covers elements created after this call too.
  yield* elementStyleSheets();
}

function* shadowRoots(root: Document | ShadowRoot): Generator<ShadowRoot> {
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      yield element.shadowRoot;
      yield* shadowRoots(element.shadowRoot);
    }
  }
}
