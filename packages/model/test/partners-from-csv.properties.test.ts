/**
 * Property-based tests (fast-check) of the CSV import: whatever text it is given it never throws, keeps only
 * partners the model accepts and points every problem at a real line; and whatever a spreadsheet writes
 * (quotes, delimiters and line breaks inside cells, either delimiter, either line break) reads back as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partnersFromCsv } from '../src/csv/index.js';
import { parseContent } from '../src/index.js';

/** Text a cell may hold, biased towards what breaks CSV readers. */
const cellText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('"', ',', ';', '\t', '\n', '\r\n', ' ', '=', '+', '-', '@', '\u0000', '\u200b', 'é'),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  maxLength: 30,
});

/** A cell as a spreadsheet writes it: quoted, with its quotes doubled. */
const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

describe('partnersFromCsv, for any input', () => {
  it('never throws, keeps only partners the model accepts, and points each problem at a line of the file', () => {
    fc.assert(
      fc.property(fc.array(cellText, { maxLength: 12 }), fc.constantFrom(',', ';'), (cells, delimiter) => {
        const text = `name${delimiter}url${delimiter}sector\n${cells.join(delimiter)}`;
        const result = partnersFromCsv(text, { locale: 'en' });
        const checked = parseContent({ partners: result.partners });
        expect(checked.ok ? [] : checked.problems).toEqual([]);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const problem of result.problems) {
          expect(problem.line).toBeGreaterThanOrEqual(0);
          expect(problem.line).toBeLessThanOrEqual(lineCount);
          expect(problem.message).not.toBe('');
        }
        for (const line of result.rejectedLines) expect(result.problems.map((p) => p.line)).toContain(line);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back what a spreadsheet wrote, each row at the line it starts on', () => {
    // A NUL near the start reads as a UTF-16 file (refused as a whole): not something a spreadsheet writes.
    const name = cellText.filter((text) => /[a-z0-9]/i.test(text) && !text.includes('\u0000'));
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 1, maxLength: 8, selector: (text) => text.trim() }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (names, delimiter, lineBreak, byteOrderMark) => {
          const rows = names.map((text, index) => [`p${index}`, quoted(text)].join(delimiter));
          const text = `${byteOrderMark ? '\uFEFF' : ''}id${delimiter}name${lineBreak}${rows.join(lineBreak)}${lineBreak}`;
          const { partners, problems } = partnersFromCsv(text);
          // The model trims texts; inner line breaks come back as \n whatever the file used.
          const expected = names.map((text, index) => ({
            id: `p${index}`,
            name: text.replaceAll('\r\n', '\n').trim(),
          }));
          expect(problems).toEqual([]);
          expect(partners).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names the line a rejected row starts on, after rows of any height', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 3 }), { maxLength: 6 }), (breaks) => {
        // Good rows whose description holds `n` line breaks, then a row with an empty name.
        const rows = breaks.map((count, index) => `Mitra ${index},${quoted('x\n'.repeat(count))}`);
        const text = `name,description\n${[...rows, ',tanpa nama'].join('\n')}\n`;
        const expectedLine = 2 + breaks.reduce((sum, count) => sum + count + 1, 0);
        expect(partnersFromCsv(text).rejectedLines).toEqual([expectedLine]);
      }),
    );
  });
});
