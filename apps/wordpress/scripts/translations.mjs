// The plugin's own UI strings in Indonesian: one gettext catalogue (languages/ketahanan-lokal-id_ID.po, the
// format translators use) compiled at build time into what WordPress 6.1 reads: a .mo file for PHP and a Jed
// JSON file for the editor script. Small on purpose: single-line msgid/msgstr pairs and msgctxt, no plurals.
import { Buffer } from 'node:buffer';

/** Reads `"…"` with C escapes, as PO files write strings. */
function poString(text) {
  return JSON.parse(text.replace(/\\t/g, '\\t'));
}

/** The entries of a PO file: `{ context, id, plural, translations }`, the header (empty id) first. */
export function parsePo(source) {
  const entries = [];
  let entry = {};
  let field;
  for (const line of source.split(/\r?\n/)) {
    const keyword = /^(msgctxt|msgid|msgid_plural|msgstr(?:\[(\d+)\])?) (".*")$/.exec(line);
    if (keyword) {
      const name = keyword[1];
      // An entry is complete once it has its msgstr: the next msgctxt or msgid starts another.
      if ((name === 'msgctxt' || name === 'msgid') && entry.translations) {
        entries.push(entry);
        entry = {};
      }
      if (name.startsWith('msgstr')) {
        entry.translations ??= [];
        field = ['translations', Number(keyword[2] ?? 0)];
        entry.translations[field[1]] = poString(keyword[3]);
      } else {
        field = { msgctxt: 'context', msgid: 'id', msgid_plural: 'plural' }[name];
        entry[field] = poString(keyword[3]);
      }
    } else if (/^".*"$/.test(line) && field) {
      if (Array.isArray(field)) entry.translations[field[1]] += poString(line);
      else entry[field] += poString(line);
    } else if (line.trim() === '' || line.startsWith('#')) {
      field = undefined;
    } else {
      throw new Error(`translations: cannot read this PO line: ${line}`);
    }
  }
  if (entry.translations) entries.push(entry);
  return entries.filter((item) => item.id === '' || item.translations?.some(Boolean));
}

const keyOf = ({ context, id }) => (context ? `${context}\u0004${id}` : id);
/** The .mo key: singular and plural joined by NUL. */
const moKeyOf = (entry) =>
  entry.plural === undefined ? keyOf(entry) : `${keyOf(entry)}\u0000${entry.plural}`;

/** A GNU .mo file (little-endian, no hash table), the strings sorted as the format requires. */
export function moFile(entries) {
  const sorted = [...entries].sort((a, b) =>
    Buffer.compare(Buffer.from(moKeyOf(a)), Buffer.from(moKeyOf(b))),
  );
  const ids = sorted.map((entry) => Buffer.from(moKeyOf(entry)));
  const strs = sorted.map((entry) => Buffer.from(entry.translations.join('\u0000')));
  const count = sorted.length;
  const headerSize = 28;
  const tablesEnd = headerSize + count * 16;
  const header = Buffer.alloc(tablesEnd);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(headerSize, 12);
  header.writeUInt32LE(headerSize + count * 8, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(tablesEnd, 24);
  const chunks = [];
  let offset = tablesEnd;
  [ids, strs].forEach((strings, table) => {
    strings.forEach((bytes, index) => {
      const at = headerSize + table * count * 8 + index * 8;
      header.writeUInt32LE(bytes.length, at);
      header.writeUInt32LE(offset, at + 4);
      chunks.push(bytes, Buffer.alloc(1));
      offset += bytes.length + 1;
    });
  });
  return Buffer.concat([header, ...chunks]);
}

/** The Jed 1.x JSON WordPress's `wp.i18n` loads for a script (`wp_set_script_translations`). */
export function jedJson(entries, domain, language) {
  const messages = { '': { domain, lang: language, plural_forms: 'nplurals=1; plural=0;' } };
  for (const entry of entries) if (entry.id !== '') messages[keyOf(entry)] = entry.translations;
  return `${JSON.stringify({ domain, locale_data: { [domain]: messages } })}\n`;
}
