// Server rendering (Next.js, Nuxt, SvelteKit, Astro) imports a package in Node, where there is no DOM.
// Every module entry of @ketahanan/elements must import there without throwing, through its public
// `exports`, as such a server would import it. Runs on the built package: `npm run test:node`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const packageDir = new URL('../../', import.meta.url);
const { name, exports } = JSON.parse(readFileSync(new URL('package.json', packageDir), 'utf8'));
const specifier = (subpath) => (subpath === '.' ? name : `${name}${subpath.slice(1)}`);
const target = (entry) => (typeof entry === 'string' ? entry : entry.default);

const moduleEntries = Object.entries(exports).filter(([, entry]) => target(entry)?.endsWith('.js'));
const jsonEntries = Object.entries(exports).filter(([, entry]) => target(entry)?.endsWith('.json'));
const typeOnlyEntries = Object.entries(exports).filter(
  ([, entry]) => typeof entry === 'object' && !entry.default,
);

const ELEMENT_CLASSES = {
  '.': ['KlChallengeExplorer', 'KlFaqAccordion', 'KlPartnerCard', 'KlPartnerCards', 'KlPrincipleChecklist'],
  './faq-accordion': ['KlFaqAccordion'],
  './challenge-explorer': ['KlChallengeExplorer'],
  './principle-checklist': ['KlPrincipleChecklist'],
  './partner-cards': ['KlPartnerCards', 'KlPartnerCard'],
  './partner-card': ['KlPartnerCard'],
};

describe(`importing ${name} in Node, without a DOM (server rendering)`, () => {
  it('has no DOM to start with, as on a server', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.window, 'undefined');
  });

  it('knows every module entry of its exports', () => {
    assert.deepEqual(
      moduleEntries.map(([subpath]) => subpath),
      [...Object.keys(ELEMENT_CLASSES), './messages', './snippet'],
    );
  });

  for (const [subpath] of moduleEntries) {
    it(`imports ${specifier(subpath)} without throwing`, async () => {
      const module = await import(specifier(subpath));
      for (const className of ELEMENT_CLASSES[subpath] ?? []) {
        assert.equal(typeof module[className], 'function', `${className} is exported`);
      }
    });
  }

  it('gives the built-in UI strings on the server, as the reference for language packs', async () => {
    const { messagesFor } = await import(specifier('./messages'));
    assert.equal(messagesFor('en').faq.showAll, 'Show all');
    assert.equal(messagesFor('id').faq.showAll, 'Buka semua');
  });

  it('builds a snippet on the server (the snippet module is plain string work)', async () => {
    const { createSnippet } = await import(specifier('./snippet'));
    const integrity = JSON.parse(readFileSync(new URL('dist/cdn/integrity.json', packageDir), 'utf8'));
    const html = createSnippet({
      tag: 'kl-faq-accordion',
      locale: 'id',
      version: integrity.version,
      integrity,
    });
    assert.match(html, /<kl-faq-accordion[^>]* lang="id"/);
    assert.match(html, /integrity="sha384-/);
  });

  it('leaves no `window` or `document` behind, so code that checks for a browser is not fooled', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.window, 'undefined');
  });

  for (const [subpath] of jsonEntries) {
    it(`reads ${specifier(subpath)} as JSON`, async () => {
      const { default: json } = await import(specifier(subpath), { with: { type: 'json' } });
      assert.equal(typeof json, 'object');
    });
  }

  for (const [subpath, entry] of typeOnlyEntries) {
    it(`ships the declarations of the types-only entry ${specifier(subpath)}`, () => {
      assert.ok(existsSync(fileURLToPath(new URL(entry.types, packageDir))), entry.types);
    });
  }

  it('ships every script-tag file of ./cdn/* (browser scripts, not for import on a server)', () => {
    const integrity = JSON.parse(readFileSync(new URL('dist/cdn/integrity.json', packageDir), 'utf8'));
    const files = Object.keys(integrity.files);
    assert.ok(files.includes('ketahanan.js'));
    for (const file of files) assert.ok(existsSync(new URL(`dist/cdn/${file}`, packageDir)), file);
  });
});
