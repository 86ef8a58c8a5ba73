import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '@ketahanan/elements/messages';
import { runKetahanan } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ketahanan-pack-'));
function packFile(name: string, pack: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof pack === 'string' ? pack : JSON.stringify(pack, null, 2));
  return file;
}

/** A complete pack: every built-in key (the Indonesian strings stand in for a translation here). */
const complete = { lang: 'jv', fallback: 'id', messages: messagesFor('id') };

describe('ketahanan validate, given a language pack', () => {
  it('accepts a complete pack with exit 0', () => {
    const run = runKetahanan(['validate', packFile('jv.json', complete), '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/jv\.json is valid: a jv language pack with \d+ strings\./);
  });

  it('names a missing key with exit 1, in Indonesian by default', () => {
    const { faq, ...messages } = messagesFor('id');
    const rest: Partial<Record<keyof typeof faq, string>> = { ...faq };
    delete rest.showAll;
    const run = runKetahanan([
      'validate',
      packFile('missing.json', { ...complete, messages: { ...messages, faq: rest } }),
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout.trim()).toBe(
      'messages.faq.showAll: Teks ini belum ada; tanpa teks ini dipakai teks dari id.',
    );
    expect(run.stderr).toContain('missing.json: 1 masalah dalam paket bahasa.');
  });

  it('reports a bad placeholder and an unneeded plural form with their paths', () => {
    const messages = messagesFor('id');
    const pack = {
      ...complete,
      messages: {
        ...messages,
        faq: { ...messages.faq, showAll: 'Bukak {kabeh}' },
        cards: { ...messages.cards, shown: { one: '{count}', other: '{count}' } },
      },
    };
    const run = runKetahanan(['validate', packFile('bad.json', pack), '--lang', 'en']);
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      'messages.faq.showAll: Unknown placeholder {kabeh}; available: none.',
      'messages.cards.shown.one: The plural form one is not used in jv; it uses: other.',
    ]);
  });

  it('says broken JSON with exit 2 and no stack trace', () => {
    const run = runKetahanan([
      'validate',
      packFile('broken.json', '{ "lang": "jv", "messages": {'),
      '--lang',
      'en',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/broken\.json: Broken JSON at line 1, column 30/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('still validates content documents as before', () => {
    const run = runKetahanan(['validate', packFile('content.json', { faq: [] }), '--lang', 'en']);
    expect(run.status).toBe(0);
  });
});
