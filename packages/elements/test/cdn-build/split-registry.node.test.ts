/**
 * The split layout's run-time linking (scripts/cdn/split-registry.mjs), on small modules run as the browser
 * would run module scripts: each file alone, in any order, sharing only the global object.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { linkSplitFile } from '../../scripts/cdn/split-registry.mjs';

const core = linkSplitFile(
  'const greeting = "halo";\nfunction shout(text) { return text.toUpperCase(); }\nexport { greeting as g, shout as s };',
  'core.js',
  true,
  false,
);
const chunk = linkSplitFile(
  'import { s as shout } from "./core.js";\nconst card = (name) => shout(name);\nexport { card as c };',
  'chunk.js',
  false,
  false,
);
const element = linkSplitFile(
  'import { g as greeting } from "./core.js";\nimport { c as card } from "./chunk.js";\nglobalThis.shown.push(card(greeting));\nexport { card as Element };',
  'element.js',
  false,
  true,
);

/** Runs `files` one after another on one fresh global object, then fires its `load` event. */
function runPage(files: readonly string[]) {
  const listeners: (() => void)[] = [];
  const warnings: string[] = [];
  const page = {
    shown: [] as string[],
    console: { warn: (text: string) => warnings.push(text) },
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'load') listeners.push(listener);
    },
    queueMicrotask,
  };
  // Each in a scope of its own, as each module script has.
  for (const file of files) runInNewContext(`(() => {\n${file}\n})();`, page);
  for (const listener of listeners) listener();
  return { shown: page.shown, warnings };
}

describe('the split layout’s files, linked at run time', () => {
  it('are plain scripts: no import or export is left', () => {
    for (const file of [core, chunk, element]) expect(file).not.toMatch(/^\s*(import|export)\b/m);
  });

  it.each([
    ['core, chunk, element', [core, chunk, element]],
    ['element, chunk, core', [element, chunk, core]],
    ['chunk, element, core', [chunk, element, core]],
  ])('run once what they need has run, in any order (%s)', (_order, files) => {
    expect(runPage(files)).toEqual({ shown: ['HALO'], warnings: [] });
  });

  it('keep the first core in charge when a second copy of it runs (the same files from another address)', () => {
    expect(runPage([core, chunk, core, element])).toEqual({ shown: ['HALO'], warnings: [] });
  });

  it('leave a file that needs a missing one unrun, and say so once the page has loaded', () => {
    expect(runPage([element, chunk])).toEqual({
      shown: [],
      warnings: [
        '[ketahanan KL102] split/element.js needs split/core.js + split/chunk.js',
        '[ketahanan KL102] split/chunk.js needs split/core.js',
      ],
    });
  });

  it('refuse, at build time, an export its module reassigns later (a value would go stale)', () => {
    expect(() =>
      linkSplitFile(
        'let count = 0;\nfunction add() { count++; }\nexport { count as c, add as a };',
        'core.js',
        true,
        false,
      ),
    ).toThrow(/reassigns \(c\)/);
    // The same name reassigned in an inner scope is another variable: fine.
    expect(() =>
      linkSplitFile(
        'const count = 0;\nfunction add(count) { count++; return count; }\nexport { count as c, add as a };',
        'core.js',
        true,
        false,
      ),
    ).not.toThrow();
  });

  it('refuse an import of anything but a sibling file', () => {
    expect(() => linkSplitFile('import { html } from "lit";\nhtml;', 'element.js', false, true)).toThrow(
      /imports lit, not a sibling file/,
    );
  });
});
