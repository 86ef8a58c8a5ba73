/**
 * The `ketahanan` CLI as a user meets it: a child process of the built `dist/cli.js` (the global setup
 * builds it), with real files, exit codes and output.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultContent } from '../src/index.js';
import { badDocuments, documentFor010 } from './corpus.js';
import { readFailureOf } from '../src/cli/node-environment.js';
import { cannotReadMessage } from '../src/cli/messages.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
let dir = '';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with a clean LANG unless the test sets one. */
function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd: dir, env: { PATH: process.env.PATH, ...env } },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

function expectNoStackTrace(result: Run): void {
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at |Error:|node:internal/);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ketahanan-cli-'));
  await writeFile(
    join(dir, 'good.json'),
    JSON.stringify({ faq: [{ id: 'a', question: 'Q?', answer: 'A.' }] }),
  );
  await writeFile(join(dir, 'empty-doc.json'), '{}');
  await writeFile(join(dir, 'article-0.1.0.json'), JSON.stringify(documentFor010, null, 2));
  await writeFile(join(dir, 'article.json'), JSON.stringify(defaultContent.en, null, 2));
  await writeFile(
    join(dir, 'bad.json'),
    JSON.stringify({
      faq: [{ id: 'A', question: '', answer: 5 }],
      principles: [{ id: 'x', title: 'T', description: 'D', prevents: 'y' }],
    }),
  );
  await writeFile(join(dir, 'broken.json'), '{\n  "faq": [\n    {"id": "a",}\n  ]\n}\n');
  await writeFile(join(dir, 'list.json'), '[]');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ketahanan validate', () => {
  it('accepts a valid partial document with exit 0 and a one-line summary', async () => {
    const result = await run(['validate', 'good.json']);
    expect(result).toEqual({
      code: 0,
      stdout: 'good.json sah: 1 bagian (faq), 17 bagian lainnya dari konten bawaan.\n',
      stderr: '',
    });
  });

  it('summarises in English with --lang en', async () => {
    const result = await run(['validate', 'good.json', '--lang', 'en']);
    expect(result.stdout).toBe(
      'good.json is valid: 1 section (faq); the other 17 sections come from the built-in content.\n',
    );
    expect((await run(['--lang=en', 'validate', 'empty-doc.json'])).stdout).toBe(
      'empty-doc.json is valid: it has no sections of its own; all 18 sections come from the built-in content.\n',
    );
  });

  it('accepts the whole built-in article', async () => {
    const result = await run(['validate', 'article.json', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('18 sections');
  });

  it('accepts a document written for 0.1.0, before section headers', async () => {
    const result = await run(['validate', 'article-0.1.0.json', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^article-0\.1\.0\.json is valid: 12 sections \(meta, .*\); the other 6 sections/,
    );
  });

  it('takes the language from LANG when there is no --lang', async () => {
    const result = await run(['validate', 'good.json'], { LANG: 'en_GB.UTF-8' });
    expect(result.stdout).toMatch(/^good\.json is valid/);
  });

  it('lists every problem as "path: message" with exit 1', async () => {
    const result = await run(['validate', 'bad.json', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      "principles[0].prevents: Refers to challenge 'y', which does not exist.",
      "faq[0].id: Not a valid id: use lowercase letters, digits and single hyphens, such as 'visi-bersama'.",
      'faq[0].question: Must not be empty.',
      'faq[0].answer: Expected text, but got a number.',
      '',
    ]);
    expect(result.stderr).toBe('bad.json is not valid: 4 problems.\n');
  });

  it('lists the problems in Indonesian by default', async () => {
    const result = await run(['validate', 'bad.json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('faq[0].question: Tidak boleh kosong.\n');
    expect(result.stderr).toBe('bad.json tidak sah: 4 masalah.\n');
  });

  it('names the whole document when it is not an object', async () => {
    const result = await run(['validate', 'list.json', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('(document): The document must be a JSON object, but it is a list.\n');
  });

  it.each(badDocuments.slice(0, 12))(
    'rejects the corpus document "$name" with exit 1',
    async ({ document, paths }) => {
      const file = `corpus-${String(badDocuments.findIndex((bad) => bad.document === document))}.json`;
      await writeFile(join(dir, file), JSON.stringify(document));
      const result = await run(['validate', file, '--lang', 'en']);
      expect(result.code).toBe(1);
      const printed = result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => line.slice(0, line.indexOf(': ')));
      expect(printed.sort()).toEqual(paths.map((path) => path || '(document)').sort());
    },
  );
});

describe('ketahanan validate, when the file cannot be checked (exit 2, one line)', () => {
  it.each([
    [['validate', 'missing.json'], "Cannot read 'missing.json': the file does not exist.\n"],
    [['validate', '.'], "Cannot read '.': it is a folder, not a file.\n"],
    [['validate', 'broken.json'], "broken.json: Broken JSON at line 3, column 16: unexpected '}'.\n"],
    [['validate'], "No file given, for example 'ketahanan validate content.json'. See 'ketahanan --help'.\n"],
    [['validate', 'a.json', 'b.json'], "Give exactly one file. See 'ketahanan --help'.\n"],
    [['validate', '--strict', 'good.json'], "Unknown option '--strict'. See 'ketahanan --help'.\n"],
    [['check', 'good.json'], "Unknown command 'check'. See 'ketahanan --help'.\n"],
    [[], "No command given. See 'ketahanan --help'.\n"],
    [
      ['validate', 'good.json', '--lang'],
      "The --lang option needs a value, such as '--lang en'. See 'ketahanan --help'.\n",
    ],
  ])('%j', async (args, stderr) => {
    const result = await run([...args, '--lang=en']);
    expect(result).toEqual({ code: 2, stdout: '', stderr });
    expectNoStackTrace(result);
  });

  it('refuses a file too large to be a content document', async () => {
    await writeFile(join(dir, 'huge.json'), `[${' '.repeat(10 * 1024 * 1024)}]`);
    const result = await run(['validate', 'huge.json', '--lang', 'en']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: "Cannot read 'huge.json': the file is larger than 10 MB.\n",
    });
  });

  it('explains in Indonesian by default', async () => {
    const result = await run(['validate', 'missing.json']);
    expect(result.stderr).toBe("Tidak dapat membaca 'missing.json': berkas tidak ada.\n");
  });
});

describe('reading a file', () => {
  it.each([
    ['ENOENT', 'missing'],
    ['ENOTDIR', 'missing'],
    ['EACCES', 'forbidden'],
    ['EPERM', 'forbidden'],
    ['EISDIR', 'folder'],
    ['EIO', 'unreadable'],
  ])('tells %s apart as %s', (code, kind) => {
    expect(readFailureOf(Object.assign(new Error('x'), { code }))).toEqual({ kind, code });
  });

  it('words every failure in both languages', () => {
    const kinds = ['missing', 'folder', 'forbidden', 'too-large', 'unreadable'] as const;
    for (const locale of ['id', 'en'] as const) {
      const lines = kinds.map((kind) => cannotReadMessage(locale, 'x.json', { kind, code: 'EIO' }));
      expect(new Set(lines).size).toBe(kinds.length);
      for (const line of lines) expect(line).toMatch(/^\S.*'x\.json'.*\.$/);
    }
    expect(cannotReadMessage('en', 'x.json', { kind: 'forbidden', code: 'EACCES' })).toBe(
      "Cannot read 'x.json': permission denied.",
    );
  });
});

describe('ketahanan --help', () => {
  it('lists the commands and options with exit 0', async () => {
    const result = await run(['--help', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: ketahanan <command>');
    expect(result.stdout).toMatch(
      /validate <file\.json> \[--require-languages\]\s+check a JSON content document/,
    );
    expect(result.stdout).toContain('--lang <id|en>');
    expect(result.stderr).toBe('');
  });

  it('shows the help of one command', async () => {
    const result = await run(['validate', '-h']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Cara pakai: ketahanan validate <file.json>');
  });
});

describe('ketahanan validate on partner addresses that are not what was meant', () => {
  const partners = [
    { id: 'desa-a', name: 'Desa A', url: 'javascript:alert(1)', logo: '/logo-a.png' },
    { id: 'desa-b', name: 'Desa B', url: 'https://b.example/', logo: 'data:image/svg+xml,<svg/>' },
    { id: 'desa-c', name: 'Desa C', url: 'mailto:desa@c.example', logo: 'logo-c.png' },
  ];

  it('warns about each one, naming its field, with exit 0', async () => {
    await writeFile(join(dir, 'addresses.json'), JSON.stringify({ partners }));
    const result = await run(['validate', 'addresses.json', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      "warning KL502: partners[0].url: the widgets do not use this address (only https:, http:, mailto:, tel: or relative addresses); the partner's name shows as plain text.",
      'warning KL502: partners[1].logo: the widgets do not use this address (only https:, http:, mailto:, tel: or relative addresses); no logo is shown.',
    ]);
    expect(result.stdout).toContain('addresses.json is valid');
    const id = await run(['validate', 'addresses.json']);
    expect(id.stderr).toContain(
      'peringatan KL502: partners[0].url: widget tidak memakai alamat ini (hanya alamat https:, http:, mailto:, tel: atau relatif); nama mitra tampil sebagai teks biasa.',
    );
  });

  it('warns about an address starting with www., which without a scheme is a page of the site itself', async () => {
    const domains = [
      { id: 'desa-d', name: 'Desa D', url: 'www.desa-d.example/profil' },
      {
        id: 'desa-e',
        name: 'Desa E',
        url: 'https://www.desa-e.example/',
        logo: 'WWW.desa-e.example/logo.png',
      },
    ];
    await writeFile(join(dir, 'domains.json'), JSON.stringify({ partners: domains }));
    const result = await run(['validate', 'domains.json', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      "warning KL503: partners[0].url: without https:// this address points to a page of your own site; did you mean 'https://www.desa-d.example/profil'?",
      "warning KL503: partners[1].logo: without https:// this address points to a page of your own site; did you mean 'https://WWW.desa-e.example/logo.png'?",
    ]);
    expect((await run(['validate', 'domains.json'])).stderr).toContain(
      "peringatan KL503: partners[0].url: tanpa https:// alamat ini menunjuk ke halaman di situs Anda sendiri; maksudnya 'https://www.desa-d.example/profil'?",
    );
  });

  it('says nothing when every address is one the widgets use', async () => {
    await writeFile(join(dir, 'usable.json'), JSON.stringify({ partners: partners.slice(2) }));
    const result = await run(['validate', 'usable.json', '--lang', 'en']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('ketahanan validate on a bilingual content file', () => {
  const bilingual = {
    faq: [{ id: 'a', question: { id: 'Kapan buka?', en: 'When open?' }, answer: { id: 'Senin.' } }],
  };

  it('warns about a field in one language only, with exit 0', async () => {
    await writeFile(join(dir, 'bilingual.json'), JSON.stringify(bilingual));
    const result = await run(['validate', 'bilingual.json', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stderr.trim()).toBe(
      'warning KL501: faq[0].answer: no English text; English pages show the Indonesian text.',
    );
    const id = await run(['validate', 'bilingual.json']);
    expect(id.stderr).toContain('peringatan KL501: faq[0].answer: tidak ada teks bahasa Inggris');
  });

  it('makes it a problem with --require-languages, with exit 1', async () => {
    await writeFile(join(dir, 'bilingual.json'), JSON.stringify(bilingual));
    const result = await run(['validate', 'bilingual.json', '--require-languages', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout.trim()).toBe('faq[0].answer: no English text (--require-languages).');
  });
});
