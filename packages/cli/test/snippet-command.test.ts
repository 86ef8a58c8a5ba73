import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { faqSection } from '@ketahanan/model';
import { bin, runKetahanan, type CliRun } from './run-cli.js';

// Vitest's module runner has no import.meta.resolve; require.resolve honours the same package exports.
const require = createRequire(import.meta.url);

const integrityFile = require.resolve('@ketahanan/elements/cdn/integrity.json');
const cdnDir = dirname(integrityFile);
const manifest = JSON.parse(readFileSync(integrityFile, 'utf8')) as {
  version: string;
  files: Record<string, string>;
  imports: Record<string, string[]>;
};
const elementsVersion = (
  JSON.parse(readFileSync(require.resolve('@ketahanan/elements/package.json'), 'utf8')) as {
    version: string;
  }
).version;

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ketahanan-snippet-')), name);
  writeFileSync(file, text);
  return file;
}

function attribute(html: string, name: string): string | undefined {
  return new RegExp(`<script[^>]* ${name}="([^"]*)"`).exec(html)?.[1];
}

describe('ketahanan snippet kl-faq-accordion', () => {
  let run: CliRun;
  beforeAll(() => {
    run = runKetahanan(['snippet', 'kl-faq-accordion']);
  });

  it('succeeds quietly', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('loads the installed version of the FAQ file, pinned to that exact version', () => {
    expect(manifest.version).toBe(elementsVersion);
    expect(attribute(run.stdout, 'src')).toBe(
      `https://cdn.jsdelivr.net/npm/@ketahanan/elements@${elementsVersion}/dist/cdn/faq-accordion.js`,
    );
    expect(run.stdout).toContain('type="module"');
    expect(attribute(run.stdout, 'crossorigin')).toBe('anonymous');
  });

  it('carries an SRI hash that matches the bytes of the built file', () => {
    const bytes = readFileSync(join(cdnDir, 'faq-accordion.js'));
    const expected = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
    expect(attribute(run.stdout, 'integrity')).toBe(expected);
  });

  it('pre-renders every question and answer of the built-in FAQ inside the element', () => {
    expect(run.stdout).toContain('<kl-faq-accordion lang="id">');
    expect(run.stdout.match(/<details /g)).toHaveLength(faqSection.defaults.id.length);
    for (const item of faqSection.defaults.id) {
      expect(run.stdout).toContain(`<details id="${item.id}"><summary>${item.question}</summary>`);
    }
    expect(run.stdout.trimEnd()).toMatch(/<\/kl-faq-accordion>\s*<\/div>$/);
  });

  it('wraps the element in a block, so its fallback sits in the page’s column before the script runs', () => {
    expect(run.stdout).toMatch(/<div class="kl-embed">\s*<kl-faq-accordion /);
  });
});

describe('ketahanan snippet --base-url (files served by the site itself)', () => {
  it('loads the file from that folder with the integrity hash of the installed build', () => {
    const run = runKetahanan([
      'snippet',
      'kl-faq-accordion',
      '--base-url',
      'https://pemda.example/js/ketahanan',
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(attribute(run.stdout, 'src')).toBe('https://pemda.example/js/ketahanan/faq-accordion.js');
    expect(attribute(run.stdout, 'integrity')).toBe(manifest.files['faq-accordion.js']);
  });

  it('takes a path on the page’s own site, with --all', () => {
    const run = runKetahanan(['snippet', 'kl-partner-cards', '--base-url=/aset/ketahanan/', '--all']);
    expect(run.status).toBe(0);
    expect(attribute(run.stdout, 'src')).toBe('/aset/ketahanan/ketahanan.js');
    expect(attribute(run.stdout, 'integrity')).toBe(manifest.files['ketahanan.js']);
  });
});

describe('when a developer asks for more', () => {
  it('--lang en gives the English widget (and English messages)', () => {
    const run = runKetahanan(['snippet', 'kl-faq-accordion', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<kl-faq-accordion lang="en">');
    expect(run.stdout).toContain(`<summary>${faqSection.defaults.en[0]?.question ?? '?'}</summary>`);
  });

  it('--src puts the URL on the element and notes that the fallback is the built-in content', () => {
    const run = runKetahanan(['snippet', 'kl-partner-cards', '--src', '/data/mitra.json']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<kl-partner-cards lang="id" src="/data/mitra.json">');
    expect(run.stderr).toContain('--content');
  });

  it('--content pre-renders the site’s own file, escaped', () => {
    const file = tempFile(
      'faq.json',
      JSON.stringify({
        faq: [{ id: 'jam-buka', question: 'Jam buka <kantor>?', answer: 'Senin & Selasa.' }],
      }),
    );
    const run = runKetahanan(['snippet', 'kl-faq-accordion', '--src', '/faq.json', '--content', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '<details id="jam-buka"><summary>Jam buka &lt;kantor&gt;?</summary>Senin &amp; Selasa.</details>',
    );
    expect(run.stdout.match(/<details /g)).toHaveLength(1);
    expect(run.stderr).toBe('');
  });

  it('--content with its own partners pre-renders those partners, as the cards will show them', () => {
    const file = tempFile(
      'mitra.json',
      JSON.stringify({ partners: [{ id: 'koperasi', name: 'Koperasi Tani', sector: 'komunitas-lokal' }] }),
    );
    const run = runKetahanan(['snippet', 'kl-partner-cards', '--src', '/mitra.json', '--content', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '<li data-id="koperasi" data-sector="komunitas-lokal"><strong>Koperasi Tani</strong> (Komunitas lokal)</li>',
    );
    expect(run.stdout).not.toContain('Program Pertanian Berkelanjutan');
  });

  it('--all loads every element in one file; --classic loads the deferred classic script', () => {
    const all = runKetahanan(['snippet', 'kl-faq-accordion', '--all']);
    expect(attribute(all.stdout, 'src')).toMatch(/\/dist\/cdn\/ketahanan\.js$/);
    expect(attribute(all.stdout, 'integrity')).toBe(manifest.files['ketahanan.js']);
    const classic = runKetahanan(['snippet', 'kl-faq-accordion', '--classic']);
    expect(attribute(classic.stdout, 'src')).toMatch(/\/dist\/cdn\/ketahanan\.classic\.js$/);
    expect(classic.stdout).toContain('<script defer ');
    expect(classic.stdout).not.toContain('type="module"');
  });

  it('--section-header sets the attribute and writes the section’s title and intro first', () => {
    const run = runKetahanan(['snippet', 'kl-challenge-explorer', '--section-header', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<kl-challenge-explorer lang="en" section-header>');
    expect(run.stdout).toContain('<h3>Challenges and Solutions in Building Partnerships</h3>');
    expect(runKetahanan(['snippet', 'kl-challenge-explorer']).stdout).not.toContain('section-header');
  });

  it('--split loads each file the element’s split file needs, then that file, each by a pinned module script', () => {
    const run = runKetahanan(['snippet', 'kl-faq-accordion', '--split']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('<link');
    const scripts = [
      ...run.stdout.matchAll(
        /<script type="module" src="[^"]*\/dist\/cdn\/([^"]+)" integrity="([^"]+)" crossorigin="anonymous">/g,
      ),
    ];
    const files = [...(manifest.imports['split/faq-accordion.js'] ?? []), 'split/faq-accordion.js'];
    expect(files).toContain('split/core.js');
    expect(scripts.map(([, file, hash]) => [file, hash])).toEqual(
      files.map((file) => [file, manifest.files[file]]),
    );
  });

  it('--version of another release pins it but says why there is no integrity', () => {
    const run = runKetahanan(['snippet', 'kl-challenge-explorer', '--version', '9.9.9', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(attribute(run.stdout, 'src')).toContain(
      '@ketahanan/elements@9.9.9/dist/cdn/challenge-explorer.js',
    );
    expect(attribute(run.stdout, 'integrity')).toBeUndefined();
    expect(run.stderr).toContain('npx @ketahanan/cli@9.9.9 snippet kl-challenge-explorer');
  });
});

describe('when the request cannot be served', () => {
  it.each([
    [['snippet'], /kl-faq-accordion, kl-principle-checklist, kl-challenge-explorer, kl-partner-cards/],
    [['snippet', 'kl-nope'], /Tag 'kl-nope' tidak dikenal/],
    [['snippet', 'kl-faq-accordion', '--version', '^1.0.0'], /bukan versi pasti/],
    [['snippet', 'kl-faq-accordion', '--src'], /--src memerlukan nilai/],
    [['snippet', 'kl-faq-accordion', '--bogus'], /Opsi '--bogus' tidak dikenal/],
    [['snippet', 'kl-faq-accordion', '-x'], /Opsi '-x' tidak dikenal/],
    [['snippet', 'kl-faq-accordion', '--src', '--all'], /--src memerlukan nilai/],
    [['snippet', 'kl-faq-accordion', '--content='], /--content memerlukan nilai/],
    [['snippet', 'kl-faq-accordion', '--all=ya'], /--all tidak menerima nilai/],
    [['snippet', 'kl-faq-accordion', '--split', '--classic'], /Pilih salah satu: --split/],
    [['validate', 'x.json', '--src', 'y'], /Opsi '--src' tidak dikenal/],
    [['snippet', 'kl-faq-accordion', '--base-url', 'javascript:alert(1)//'], /tidak dapat menjadi URL dasar/],
    [
      ['snippet', 'kl-faq-accordion', '--base-url', 'https://pemda.example/js/?v=2', '--lang', 'en'],
      /cannot be a base URL for script files/,
    ],
    [
      ['snippet', 'kl-faq-accordion', '--base-url', '/js/', '--cdn', 'https://unpkg.com/'],
      /Pilih salah satu/,
    ],
    [['snippet', 'kl-faq-accordion', '--base-url'], /--base-url memerlukan nilai/],
    [
      ['snippet', 'kl-faq-accordion', '--src', 'https://desa.example/\u200bkonten.json'],
      /'https:\/\/desa\.example\/\\u200bkonten\.json' tidak dapat menjadi alamat konten/,
    ],
    [
      ['snippet', 'kl-faq-accordion', '--src', 'javascript:alert(1)', '--lang', 'en'],
      /cannot be the content address/,
    ],
    [
      ['snippet', 'kl-faq-accordion', '--cdn', 'https://cdn.example/npm/?v=1'],
      /tidak dapat menjadi basis CDN/,
    ],
    [
      ['snippet', 'kl-faq-accordion', '--cdn', 'https://user:secret@cdn.example/', '--lang', 'en'],
      /cannot be a CDN base/,
    ],
    [['snippet', 'kl-faq-accordion', '--base-url', '/js/\u200b/'], /tidak dapat menjadi URL dasar/],
  ])('%j says what is wrong in one line and exits 2', (args, message) => {
    const run = runKetahanan(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('an invalid --content file names the path of each problem and exits 1', () => {
    const file = tempFile('faq.json', JSON.stringify({ faq: [{ id: 'x', question: 'Q?' }] }));
    const run = runKetahanan(['snippet', 'kl-faq-accordion', '--content', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('faq[0].answer');
  });

  it('broken JSON in --content is reported with its position, exit 2', () => {
    const file = tempFile('faq.json', '{ "faq": [ }');
    const run = runKetahanan(['snippet', 'kl-faq-accordion', '--content', file, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/line 1/i);
  });
});

describe('option problems in English', () => {
  it.each([
    [['snippet', 'kl-faq-accordion', '--cdn'], "The --cdn option needs a value. See 'ketahanan --help'.\n"],
    [
      ['snippet', 'kl-faq-accordion', '--classic=no'],
      "The --classic option takes no value. See 'ketahanan --help'.\n",
    ],
    [['snippet', '--bogus', 'kl-faq-accordion'], "Unknown option '--bogus'. See 'ketahanan --help'.\n"],
  ])('%j exits 2 with one line', (args, stderr) => {
    const run = runKetahanan([...args, '--lang', 'en']);
    expect(run).toEqual({ status: 2, stdout: '', stderr });
  });
});

describe('the committed bin', () => {
  it('says how to build when the build is missing, in the user’s language, and exits 2', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'ketahanan-unbuilt-')), 'bin');
    mkdirSync(copy);
    copyFileSync(bin, join(copy, 'ketahanan.js'));
    const english = spawnSync(
      process.execPath,
      [join(copy, 'ketahanan.js'), 'validate', 'x.json', '--lang', 'en'],
      {
        encoding: 'utf8',
      },
    );
    expect(english.status).toBe(2);
    expect(english.stderr).toMatch(/is not built.*npm run build/);
    const indonesian = spawnSync(process.execPath, [join(copy, 'ketahanan.js'), 'validate', 'x.json'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C.UTF-8' },
    });
    expect(indonesian.stderr).toMatch(/belum dibangun.*npm run build/);
  });
});

describe('one ketahanan command', () => {
  it('lists snippet beside validate in --help', () => {
    const run = runKetahanan(['--help', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/validate <file\.json>/);
    expect(run.stdout).toMatch(/snippet <tag>/);
  });

  it('still validates content files', () => {
    const file = tempFile('ok.json', JSON.stringify({ faq: faqSection.defaults.id }));
    const run = runKetahanan(['validate', file, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('is valid');
  });
});
