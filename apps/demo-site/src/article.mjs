// The article "Memperkuat Ketahanan Lokal melalui Kemitraan" as a CMS post body, written from the model's
// content, with a slot for a widget wherever the article reaches that topic.
import { escapeHtml } from '@ketahanan/elements/snippet';
import { SITE_TEXT } from './site-text.mjs';

const paragraph = (text) => `<p>${escapeHtml(text)}</p>`;
const heading = (text) => `<h2>${escapeHtml(text)}</h2>`;
const frame = (markup) => (markup ? `<div class="widget-frame">\n${markup}\n</div>` : '');
/** A list section's header from the model: its heading, and the passage that opens it where there is one. */
const header = ({ title, intro }) => [heading(title), intro ? paragraph(intro) : ''];

/** Search engines show about 160 characters of a description. */
const DESCRIPTION_LENGTH = 160;

/**
 * The article's description for search results: the lead's opening sentences that fit, whole.
 * @param {import('@ketahanan/model').Content} content
 */
export function articleDescription(content) {
  const sentences = content.meta.lead.match(/[^.!?]+[.!?]+/g) ?? [content.meta.lead];
  let description = sentences[0]?.trim() ?? '';
  for (const sentence of sentences.slice(1)) {
    const longer = `${description} ${sentence.trim()}`;
    if (longer.length > DESCRIPTION_LENGTH) break;
    description = longer;
  }
  return description;
}

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
  const { resilience, callToAction } = content;
  return [
    paragraph(content.meta.lead),
    heading(resilience.title),
    paragraph([resilience.intro, resilience.description, resilience.note].filter(Boolean).join(' ')),
    ...header(content.reasonsHeader),
    `<ul>${reasons}</ul>`,
    ...header(content.principlesHeader),
    paragraph(text.checklistIntro),
    frame(widgets.principles),
    ...header(content.partnershipsHeader),
    frame(widgets.practices),
    ...header(content.benefitsHeader),
    benefits,
    ...header(content.challengesHeader),
    frame(widgets.challenges),
    heading(content.conclusion.title),
    paragraph(content.conclusion.text),
    ...header(content.faqHeader),
    frame(widgets.faq),
    callToAction.title ? heading(callToAction.title) : '',
    paragraph(callToAction.text),
  ]
    .filter(Boolean)
    .join('\n');
}
