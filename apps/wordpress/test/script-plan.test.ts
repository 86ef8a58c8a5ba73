// The script files the plugin serves for each mix of widgets on a page (Script_Plan, run by PHP against the
// built plugin): Lit once, every element defined once, every file pinned by SRI and loaded after what it
// imports, and no other choice of files with fewer bytes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_PLUGIN, runPhp } from './support/run-php.ts';

interface Manifest {
  readonly files: Record<string, string>;
  readonly imports: Record<string, readonly string[]>;
}

const elementsDir = join(BUILT_PLUGIN, 'assets/elements');
const manifest = JSON.parse(readFileSync(join(elementsDir, 'integrity.json'), 'utf8')) as Manifest;
const sizes = JSON.parse(readFileSync(join(BUILT_PLUGIN, 'data/script-sizes.json'), 'utf8')) as Record<
  string,
  number
>;

/** Each widget's own file (Widgets::ALL in the plugin). */
const WIDGET_FILES = [
  'faq-accordion.js',
  'principle-checklist.js',
  'challenge-explorer.js',
  'partner-cards.js',
] as const;

/** Every page a site can make: each non-empty set of widget kinds. */
const PAGES = Array.from({ length: 2 ** WIDGET_FILES.length - 1 }, (_, mask) =>
  WIDGET_FILES.filter((_file, bit) => ((mask + 1) >> bit) & 1),
);

const plan = (pages: readonly (readonly string[])[], sizesOverride?: Record<string, number>) =>
  runPhp('script-plan.php', { pages, ...(sizesOverride && { sizes: sizesOverride }) }) as string[][];

const bytes = (files: readonly string[]) => files.reduce((sum, file) => sum + (sizes[file] ?? Infinity), 0);

/** Files that carry Lit and the element core: the self-contained ones and the split layout's core. */
const carriesLit = (file: string) => !file.startsWith('split/') || file === 'split/core.js';

/** The files that define `widget`'s element. */
const definers = (widget: string) => ['ketahanan.js', widget, `split/${widget}`];

describe('the script files a page with widgets loads', () => {
  const chosen = plan(PAGES);

  it.each(PAGES.map((page, index) => [page.join(' + '), page, index] as const))(
    '%s: Lit once, each element once, every file pinned by SRI after what it imports, fewest bytes',
    (_name, page, index) => {
      const files = chosen[index] ?? [];
      for (const file of files) {
        expect(manifest.files[file], `${file} has an SRI hash`).toMatch(/^sha384-/);
        expect(existsSync(join(elementsDir, file)), `${file} is in the plugin`).toBe(true);
        for (const needed of manifest.imports[file] ?? []) {
          expect(files.indexOf(needed), `${needed} before ${file}`).toBeGreaterThanOrEqual(0);
          expect(files.indexOf(needed)).toBeLessThan(files.indexOf(file));
        }
      }
      expect(files.filter(carriesLit)).toHaveLength(1);
      for (const widget of page) {
        expect(
          files.filter((file) => definers(widget).includes(file)),
          widget,
        ).toHaveLength(1);
      }
      // Every other way to load these widgets once: the all-in-one file, the widget's own file, the split layout.
      const split = [
        ...new Set([
          ...page.flatMap((widget) => manifest.imports[`split/${widget}`] ?? []),
          ...page.map((widget) => `split/${widget}`),
        ]),
      ];
      const others = [['ketahanan.js'], ...(page.length === 1 ? [page] : []), split];
      expect(bytes(files)).toBe(Math.min(...others.map(bytes)));
    },
  );

  it('with this build: one kind of widget gets its own file, two kinds the split layout, all four ketahanan.js', () => {
    const [faq, faqAndExplorer, all] = plan([
      ['faq-accordion.js'],
      ['faq-accordion.js', 'challenge-explorer.js'],
      [...WIDGET_FILES],
    ]);
    expect(faq).toEqual(['faq-accordion.js']);
    expect(faqAndExplorer).toEqual([
      'split/core.js',
      'split/challenge-explorer.js',
      'split/faq-accordion.js',
    ]);
    expect(all).toEqual(['ketahanan.js']);
  });

  it('the same files whatever the order of the widgets, and however many of each', () => {
    const [one, other] = plan([
      ['challenge-explorer.js', 'faq-accordion.js'],
      ['faq-accordion.js', 'challenge-explorer.js', 'faq-accordion.js'],
    ]);
    expect(other).toEqual(one);
  });

  it('a page without widgets loads nothing', () => {
    expect(plan([[]])).toEqual([[]]);
  });

  it('without sizes (a build that wrote none), one file: the own file for one kind, else ketahanan.js', () => {
    expect(plan([['faq-accordion.js'], ['faq-accordion.js', 'challenge-explorer.js']], {})).toEqual([
      ['faq-accordion.js'],
      ['ketahanan.js'],
    ]);
  });
});
