import { html, type TemplateResult } from 'lit';
import './situations.css';

/**
 * Situations every element must survive, written once: the same broken JSON, the same unreachable URL,
 * the same narrow column and the same hostile theme for all of them.
 */

/** Inline JSON cut off mid-way, as a CMS editor saving half a paste would leave it. */
export const BROKEN_JSON = '{ "faq": [ { "id": "satu", "question": "Apa?", ';

export { UNREACHABLE_SRC } from './unreachable-src.js';

/** A `<script type="application/json">` child, the inline content source. */
export function inlineJson(text: string): TemplateResult {
  return html`<script type="application/json">
    ${text}
  </script>`;
}

/** A 20rem (320 px) column: a phone, or a CMS sidebar. */
export function narrowColumn(element: TemplateResult): TemplateResult {
  return html`<div class="kl-docs-narrow">${element}</div>`;
}

/**
 * A CMS theme's worst global CSS (see situations.css), scoped to a wrapper so the docs page around it
 * survives. None of it may change anything inside the element.
 */
export function hostileTheme(element: TemplateResult): TemplateResult {
  return html`<div class="kl-docs-hostile">${element}</div>`;
}

/** Text far longer than anyone plans for, with an unbreakable word (a URL pasted as text). */
export function longText(start: string, sentences = 12): string {
  const filler = Array.from(
    { length: sentences },
    (_, index) =>
      `Kalimat ${String(index + 1)}: kemitraan antara pemerintah, swasta, masyarakat sipil dan komunitas lokal memperkuat ketahanan lokal.`,
  ).join(' ');
  return `${start} ${filler} https://contoh.desa.id/informasi/kemitraan/ketahanan-lokal/program-pertanian-berkelanjutan-dan-energi-terbarukan`;
}
