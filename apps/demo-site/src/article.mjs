// The article "Memperkuat Ketahanan Lokal melalui Kemitraan" as a CMS post body, written from the model's
// content, with a slot for a widget wherever the article reaches that topic.
import { escapeHtml } from '@ketahanan/elements/snippet';
import { SITE_TEXT } from './site-text.mjs';

const paragraph = (text) => `<p>${escapeHtml(text)}</p>`;
const heading = (text) => `<h2>${escapeHtml(text)}</h2>`;
const frame = (markup) => (markup ? `<div class="widget-frame">\n${markup}\n</div>` : '');

/**
 * @param {import('@ketahanan/model').Content} content the model's content in the page's language
 * @param {'id' | 'en'} lang
 * @param {{ principles?: string, practices?: string, challenges?: string, faq?: string }} widgets markup per slot
 */
export function articleBody(content, lang, widgets) {
  const text = SITE_TEXT[lang];
  const reasons = content.reasons
    .map(
      (reason) => `<li><strong>${escapeHtml(reason.title)}</strong>: ${escapeHtml(reason.description)}</li>`,
    )
    .join('');
  const benefits = content.benefits
    .map((benefit) =>
      paragraph(`${benefit.title}. ${benefit.description}${benefit.example ? ` ${benefit.example}` : ''}`),
    )
    .join('\n');
  return [
    paragraph(content.meta.lead),
    heading(content.resilience.title),
    paragraph(`${content.resilience.description} ${content.resilience.note ?? ''}`.trim()),
    heading(text.headings.reasons),
    `<ul>${reasons}</ul>`,
    heading(text.headings.principles),
    paragraph(text.checklistIntro),
    frame(widgets.principles),
    heading(text.headings.practices),
    frame(widgets.practices),
    heading(text.headings.benefits),
    benefits,
    heading(text.headings.challenges),
    frame(widgets.challenges),
    heading(content.conclusion.title),
    paragraph(content.conclusion.text),
    heading(text.headings.faq),
    frame(widgets.faq),
    `<p><strong>${escapeHtml(content.callToAction.title)}</strong> ${escapeHtml(content.callToAction.text)}</p>`,
  ]
    .filter(Boolean)
    .join('\n');
}
