/**
 * Every problem of the draft in one list at the top of the form, each linked to its input where it has one
 * (as GOV.UK's error summary does): the count tells the author how far they are from a valid file, and a
 * problem outside the forms (an imported file's unknown key) is still said somewhere.
 */
import { html, type TemplateResult } from 'lit';
import { LOCALES } from '@ketahanan/model';
import { fieldKey, type FieldProblems } from '../draft/field-problems.js';
import { readAt, type Draft } from '../draft/draft.js';
import { ui } from '../ui/strings.js';
import type { Locale } from '@ketahanan/model';
import { inputId } from './field-view.js';
import { SECTION_SPECS, isBilingual } from './section-specs.js';

const ITEM_FIELD = /^([a-zA-Z]+)\[(\d+)\]\.([a-zA-Z]+)$/;

/** The DOM id of the input a problem at `path` belongs to, if the forms show one. */
function inputFor(draft: Draft, problems: FieldProblems, path: string, message: string): string | undefined {
  const match = ITEM_FIELD.exec(path);
  if (!match) return undefined;
  const [, section = '', index = '', key = ''] = match;
  const spec = SECTION_SPECS.find((candidate) => candidate.name === section);
  const field = spec?.fields.find((candidate) => candidate.key === key);
  const items = readAt(draft, [section]);
  if (!field || !Array.isArray(items) || Number(index) >= items.length) return undefined;
  const at = [section, Number(index), key];
  if (!isBilingual(field.kind)) return inputId(at);
  const language = LOCALES.find((candidate) =>
    problems.byField.get(fieldKey(path, candidate))?.includes(message),
  );
  return inputId(at, language ?? 'id');
}

export function problemSummary(draft: Draft, problems: FieldProblems, locale: Locale): TemplateResult {
  if (problems.all.length === 0) {
    return html`<p class="summary summary--ok">${ui(locale, 'problemsNone')}</p>`;
  }
  return html`<div class="summary summary--problems">
    <h3 id="problems-title">
      ${ui(locale, 'problemsTitle')}: ${ui(locale, 'problemCount', { count: problems.all.length })}
    </h3>
    <ul aria-labelledby="problems-title">
      ${problems.all.map((problem) => {
        const target = inputFor(draft, problems, problem.path, problem.message);
        const where = problem.path === '' ? '' : `${problem.path}: `;
        return html`<li>
          ${target ? html`<a href=${`#${target}`}>${where}${problem.message}</a>` : html`${where}${problem.message}`}
        </li>`;
      })}
    </ul>
  </div>`;
}
