/**
 * The fallback tests' older browser: our elements' styles read as that browser reads them, and
 * platform features it lacks taken away. Each test file runs in a page of its own; call
 * `restoreEngine()` after each test anyway, so one test's older browser does not leak into the next.
 */
import { elementStyleSheets } from './element-styles.js';

const originalStyles = new Map<CSSStyleSheet, string>();
const removedFeatures: { owner: object; key: PropertyKey; descriptor: PropertyDescriptor }[] = [];

/**
 * Replaces the text of every style sheet of our elements with `rewrite(text)`: what the older browser
 * understands of it. For example a function it does not know is renamed to one nobody knows, so that
 * declarations and `@supports` conditions fail exactly where they would fail there.
 */
export function styleAsOlderEngine(rewrite: (cssText: string) => string): void {
  for (const sheet of elementStyleSheets()) {
    const text = originalStyles.get(sheet) ?? Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n');
    originalStyles.set(sheet, text);
    sheet.replaceSync(rewrite(text));
  }
}

/** Deletes `owner[key]` (a WebIDL attribute or method, which are configurable), as a browser without it. */
export function removeFeature(owner: object, key: PropertyKey): void {
  const descriptor = Object.getOwnPropertyDescriptor(owner, key);
  if (!descriptor) throw new Error(`${String(key)} is not an own property here: nothing to remove`);
  removedFeatures.push({ owner, key, descriptor });
  Reflect.deleteProperty(owner, key);
}

/** Puts back every style and feature changed above. */
export function restoreEngine(): void {
  for (const [sheet, text] of originalStyles) sheet.replaceSync(text);
  originalStyles.clear();
  for (const { owner, key, descriptor } of removedFeatures.splice(0).reverse())
    Object.defineProperty(owner, key, descriptor);
}
