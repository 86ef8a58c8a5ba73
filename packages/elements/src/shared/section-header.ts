import { html, nothing, type TemplateResult } from 'lit';
import type { SectionHeader } from '@ketahanan/model';
import { renderHeading, type HeadingLevel } from './heading.js';

/**
 * A section's title as a heading of `level` and, where the section has one, the paragraph that opens it
 * (the article's "Tantangan dan Solusi dalam Membangun Kemitraan" and "Meski tampak menjanjikan, …"). A
 * plain `<div>`, not `<header>`: inside the element that would be a second banner landmark on the page.
 */
export function renderSectionHeader(header: SectionHeader, level: HeadingLevel): TemplateResult {
  return html`<div class="section-header" part="section-header">
    ${renderHeading(level, header.title, 'section-header__title', 'section-title')}
    ${header.intro ? html`<p class="section-header__intro" part="section-intro">${header.intro}</p>` : nothing}
  </div>`;
}
