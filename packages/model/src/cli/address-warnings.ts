/**
 * `validate` on a document's partners, two kinds of address that are valid but not what the site owner meant:
 * - KL502, a `url` or `logo` the widgets will not use. The content model accepts any address text (which
 *   schemes become links is the elements' rule, see ../safe-url.ts), and the partner then shows without it:
 *   the name as plain text, no logo.
 * - KL503, an address starting with `www.`: without a scheme it is relative, a page of the site itself
 *   (`https://kabupaten.example/mitra/www.desa.example`), the mistake a spreadsheet column of domains makes.
 * Warnings, so a site owner sees them before publishing rather than as a link that is not there or goes nowhere.
 */
import type { Locale } from '../locale.js';
import { quote } from '../messages.js';
import { safeUrl } from '../safe-url.js';
import type { Partner } from '../schema.js';
import type { CliContext } from './command.js';
import { messagesIn } from './messages.js';

interface AddressMessages {
  /** `{path}` of the field, `{result}` what the reader sees instead. */
  readonly warning: string;
  /** `{path}` of the field, `{address}` the address with `https://` before it. */
  readonly relativeDomain: string;
  readonly url: string;
  readonly logo: string;
}

const MESSAGES: Readonly<Record<Locale, AddressMessages>> = {
  id: {
    warning:
      'peringatan KL502: {path}: widget tidak memakai alamat ini (hanya alamat https:, http:, mailto:, tel: atau relatif); {result}.',
    relativeDomain:
      'peringatan KL503: {path}: tanpa https:// alamat ini menunjuk ke halaman di situs Anda sendiri; maksudnya {address}?',
    url: 'nama mitra tampil sebagai teks biasa',
    logo: 'logonya tidak ditampilkan',
  },
  en: {
    warning:
      'warning KL502: {path}: the widgets do not use this address (only https:, http:, mailto:, tel: or relative addresses); {result}.',
    relativeDomain:
      'warning KL503: {path}: without https:// this address points to a page of your own site; did you mean {address}?',
    url: "the partner's name shows as plain text",
    logo: 'no logo is shown',
  },
};

/** Says each partner address the widgets will not use, or that starts with `www.`, as a warning on stderr. */
export function reportAddressWarnings(partners: readonly Partner[], context: CliContext): void {
  const say = messagesIn(MESSAGES, context.locale);
  partners.forEach((partner, index) => {
    for (const field of ['url', 'logo'] as const) {
      const address = partner[field];
      const path = `partners[${index}].${field}`;
      if (address === undefined) continue;
      if (safeUrl(address) === null) context.err(say('warning', { path, result: say(field) }));
      else if (/^www\./i.test(address))
        context.err(say('relativeDomain', { path, address: quote(`https://${address}`) }));
    }
  });
}
