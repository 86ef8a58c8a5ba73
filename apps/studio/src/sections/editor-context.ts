import type { Locale } from '@ketahanan/model';
import type { Draft, DraftPath } from '../draft/draft.js';
import type { FieldProblems } from '../draft/field-problems.js';
import type { SectionSpec } from './section-specs.js';

/** An option of a select: a sector, a challenge or a principle, named in the author's language. */
export interface Choice {
  readonly id: string;
  readonly name: string;
}

/** What the section forms read and the edits they ask for; the studio app owns the state behind it. */
export interface EditorContext {
  readonly draft: Draft;
  readonly locale: Locale;
  readonly problems: FieldProblems;
  readonly sectors: readonly Choice[];
  readonly challenges: readonly Choice[];
  readonly principles: readonly Choice[];
  setValue(path: DraftPath, value: unknown): void;
  add(section: SectionSpec): void;
  move(section: SectionSpec, index: number, by: -1 | 1): void;
  remove(section: SectionSpec, index: number): void;
  /** Replaces the article's section with the site owner's own (starting from the article's items). */
  useOwn(section: SectionSpec): void;
  /** Drops the site owner's section, so the widgets show the article's again. */
  useArticle(section: SectionSpec): void;
}
