/** The problem messages: both locales have every message, and each takes the same placeholders. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGE_TABLES, say } from '../src/messages.js';

const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('problem messages', () => {
  it('take the same placeholders in Indonesian and English, and none is empty', () => {
    const { id, en } = MESSAGE_TABLES;
    expect(Object.keys(en)).toEqual(Object.keys(id));
    for (const [key, text] of Object.entries(id)) {
      expect(placeholdersOf(en[key as keyof typeof en]), key).toEqual(placeholdersOf(text));
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('fills placeholders in one pass: a value that looks like a placeholder stays text', () => {
    expect(say('en', 'duplicateId', { id: "'{first}'", first: 'faq[0]' })).toBe(
      "Duplicate id '{first}': already used at faq[0].",
    );
    expect(say('id', 'unknownReference', { target: say('id', 'partner'), id: "'x'" })).toBe(
      "Merujuk ke mitra 'x', yang tidak ada.",
    );
  });
});

describe('the shipped messages.json', () => {
  it('is every message table, as the build writes it for validators in other languages', () => {
    const shipped: unknown = JSON.parse(readFileSync(new URL('../messages.json', import.meta.url), 'utf8'));
    expect(shipped).toEqual(MESSAGE_TABLES);
  });
});
