// The article "Memperkuat Ketahanan Lokal melalui Kemitraan" as a CMS post body, written from the model's
// content, with a slot for a widget wherever the article reaches that topic.
import { escapeHtml } from '@ketahanan/elements/snippet';
import { SITE_TEXT } from './site-text.mjs';

const paragraph = (text) => `<p>${escapeHtml(text)}</p>`;
const heading = (text) => `<h2>${escapeHtml(text)}</h2>`;
const frame = (markup) => (markup ? `<div class="widget-frame">\n${markup}\n</div>` : '');
/** A list section's header from the model: its heading, and the passage that opens it where there is one. */
const header = ({ title, intro }) => [heading(title), intro ? paragraph(intro) : ''];

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
