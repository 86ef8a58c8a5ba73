/**
 * Content is the site owner's, and may hold terminal control sequences (by accident, or planted in a file
 * someone else wrote): OSC 52 writes the clipboard, `ESC[8m` hides what follows, C1 controls act like
 * their ESC forms in many terminals. What `ketahanan snippet` prints to a terminal shows them as `\uXXXX`
 * escapes, the way `validate` shows document text; the HTML it writes with `--out` keeps every byte.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKetahanan } from './run-cli.js';

const HOSTILE = [
  '\u001b]52;c;ZWNobyBwd25lZA==\u0007', // OSC 52: set the clipboard
  '\u001b[8m', // conceal what follows
  '\u009b31m', // C1 CSI: red, in terminals that read 8-bit controls
  '\u0085\u008d', // C1 next line, reverse line feed
  '\u0008\u000d', // backspace, carriage return: overwrite what was printed
];

const document = {
  faq: [{ id: 'kendali', question: `Tanya${HOSTILE.join('')}?`, answer: `Jawab ${HOSTILE[1]}rahasia.` }],
};

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'ketahanan-terminal-'));
}

function contentFile(): string {
  const file = join(folder(), 'konten.json');
  writeFileSync(file, JSON.stringify(document));
  return file;
}

/** Any C0 control but the line feed, DEL, or a C1 control. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('ketahanan snippet with control characters in the content', () => {
  it.each(['id', 'en'] as const)(
    'prints them as escapes, and says how to get the exact HTML (%s)',
    (lang) => {
      const run = runKetahanan(['snippet', 'kl-faq-accordion', '--content', contentFile(), '--lang', lang]);
      expect(run.status).toBe(0);
      expect(run.stdout).not.toMatch(CONTROL);
      expect(run.stderr).not.toMatch(CONTROL);
      expect(run.stdout).toContain('\\u001b]52;c;ZWNobyBwd25lZA==\\u0007');
      expect(run.stdout).toContain('\\u009b31m');
      expect(run.stderr).toContain('--out');
      expect(run.stderr).toContain(lang === 'id' ? 'karakter kendali' : 'control characters');
    },
  );

  it('writes the HTML byte for byte with --out, and prints nothing', () => {
    const out = join(folder(), 'sematan.html');
    const printed = runKetahanan(['snippet', 'kl-faq-accordion', '--content', contentFile()]);
    const written = runKetahanan(['snippet', 'kl-faq-accordion', '--content', contentFile(), '--out', out]);
    expect(written.status).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toBe('');
    const html = readFileSync(out, 'utf8');
    for (const sequence of HOSTILE.slice(0, 3)) expect(html).toContain(sequence);
    // The same snippet: the printed one is the file with its controls escaped, line by line.
    const escaped = html.replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    expect(printed.stdout).toBe(escaped);
  });

  it.each(['id', 'en'] as const)('says why it cannot write --out into a missing folder (%s)', (lang) => {
    const out = join(folder(), 'tidak-ada', 'sematan.html');
    const run = runKetahanan(['snippet', 'kl-faq-accordion', '--out', out, '--lang', lang]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(lang === 'id' ? 'Tidak dapat menulis' : 'Cannot write');
    expect(run.stderr).not.toContain('    at ');
  });
});
