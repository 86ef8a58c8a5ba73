/**
 * Elements import only the sections they show. Bundling `parseSections` with the FAQ section alone must leave
 * out the rest of the article and its schemas: that is what keeps the FAQ widget's script-tag file small.
 * Built with Vite (the bundler the elements use), from the package's built `dist`, as a consumer would.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { defaultContent } from '../src/index.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const ENTRY_ID = '\0consumer.js';

async function bundle(imports: string, use: string, from = entry): Promise<string> {
  const output = (await build({
    root: packageRoot,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    plugins: [
      {
        name: 'consumer',
        resolveId: (id) => (id === ENTRY_ID ? id : undefined),
        load: (id) =>
          id === ENTRY_ID
            ? `import { ${imports} } from ${JSON.stringify(from)};\nexport default ${use};\n`
            : undefined,
      },
    ],
    build: {
      write: false,
      copyPublicDir: false,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: { input: ENTRY_ID, preserveEntrySignatures: 'exports-only' },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  return (Array.isArray(output) ? output : [output])
    .flatMap((result) => result.output)
    .map((item) => (item.type === 'chunk' ? item.code : ''))
    .join('\n');
}

describe('tree-shaking', () => {
  it('keeps only the FAQ when an element parses only the FAQ', async () => {
    const code = await bundle('parseSections, faqSection', '(input) => parseSections(input, [faqSection])');
    expect(code).toContain(defaultContent.id.faq[0]?.question);
    expect(code).toContain(defaultContent.en.faq[0]?.question);
    for (const other of [
      defaultContent.id.principles[0]?.title,
      defaultContent.id.partners[0]?.name,
      defaultContent.id.partnerships[0]?.title,
      defaultContent.id.conclusion.text.slice(0, 40),
      defaultContent.en.challenges[0]?.title,
      defaultContent.id.faqHeader.title, // the header is a section of its own, bundled only when imported
      'finansial', // a contribution kind: only the partner schema (and partner texts) name it
      'maxItems', // nothing of the JSON Schema build step
      'prevents', // a reference rule's field: the FAQ holds no cross-references, so no rule is bundled
    ]) {
      expect(code).not.toContain(other);
    }
    // The FAQ widget's share of the model: validator, FAQ text in two languages, messages. Budget, not a guess:
    // about 5.5 kB today; the whole article with parseContent is about 12 kB.
    expect(gzipSync(code).length).toBeLessThan(7_000);
  });

  it('adds only the FAQ’s own header when an element imports it too', async () => {
    const code = await bundle(
      'parseSections, faqSection, faqHeaderSection',
      '(input) => parseSections(input, [faqHeaderSection, faqSection])',
    );
    expect(code).toContain(defaultContent.id.faqHeader.title);
    expect(code).toContain(defaultContent.en.faqHeader.title);
    for (const other of [
      defaultContent.id.principlesHeader.title,
      defaultContent.id.challengesHeader.intro,
    ]) {
      expect(code).not.toContain(other);
    }
  });

  it('bundles a built-in section’s texts without any validator', async () => {
    const code = await bundle('faqBuiltIn', 'faqBuiltIn');
    expect(code).toContain(defaultContent.id.faq[0]?.question);
    expect(code).toContain(defaultContent.en.faq[0]?.question);
    // The validator's messages and another section's texts stay out of a file that only shows the FAQ.
    for (const validator of ['Dokumen harus berupa objek JSON', 'must be a JSON object', 'maxItems']) {
      expect(code).not.toContain(validator);
    }
  });

  it('adds the named schema and the reference rules but no texts when a built-in section is re-checked', async () => {
    const code = await bundle(
      'parseSections, withChecks, PrincipleListSchema',
      '(input, builtIn) => parseSections(input, [withChecks(builtIn, PrincipleListSchema)])',
    );
    for (const text of [defaultContent.id.faq[0]?.question, defaultContent.en.principles[0]?.title]) {
      expect(code).not.toContain(text);
    }
    expect(code).toContain('prevents'); // a reference rule's field: the rules come by name too
    expect(code).not.toContain('finansial'); // a contribution kind: only the partner schema names it
    expect(code).toContain('must be a JSON object');
  });

  it('keeps the whole article when a page validates a whole document', async () => {
    const code = await bundle('parseContent', 'parseContent');
    expect(code).toContain(defaultContent.id.principles[0]?.title);
    expect(code).toContain(defaultContent.en.conclusion.title);
  });
});

describe('the CSV entry in a bundle', () => {
  it('bundles for the browser (no Node built-in, the CSV parser inlined) and reads a spreadsheet there', async () => {
    const csvEntry = fileURLToPath(new URL('../dist/csv/index.js', import.meta.url));
    const code = await bundle('partnersFromCsv', 'partnersFromCsv', csvEntry);
    expect(code).not.toMatch(/\bfrom\s*["'](?:node:|papaparse)|require\(/);
    // What a studio page pays for the import: about 16 kB today, 7 kB of it Papa Parse (a UMD file that
    // bundlers cannot trim), the rest the validator, the partner schema and the messages. No widget pays it.
    expect(gzipSync(code).length).toBeLessThan(18_000);
    const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
      default: (text: string) => { partners: unknown[] };
    };
    expect(module.default('\uFEFFnama;sektor\r\nDesa A;Swasta\r\n').partners).toEqual([
      { id: 'desa-a', name: 'Desa A', sector: 'swasta' },
    ]);
  });
});
