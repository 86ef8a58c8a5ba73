/** The problem messages: both locales have every message, and each fills the same numbered slots. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGE_TABLES, say } from '../src/messages.js';

const slotsOf = (text: string) => [...text.matchAll(/\{(\d)\}/g)].map((match) => match[1]).sort();

describe('problem messages', () => {
  it('fill the same slots in Indonesian and English, and none is empty', () => {
    const { id, en } = MESSAGE_TABLES;
    expect(Object.keys(en)).toEqual(Object.keys(id));
    for (const [key, text] of Object.entries(id)) {
      expect(slotsOf(en[key as keyof typeof en]), key).toEqual(slotsOf(text));
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('fills slots in one pass: a value that looks like a slot stays text', () => {
    expect(say('en', 'duplicateId', "'{1}'", 'faq[0]')).toBe("Duplicate id '{1}': already used at faq[0].");
    expect(say('id', 'unknownReference', say('id', 'partner'), "'x'")).toBe(
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
