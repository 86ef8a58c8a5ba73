/**
 * `validate` on a document's partners: a `url` or `logo` the widgets will not use. The content model accepts
 * any address text (which schemes become links is the elements' rule, see ../safe-url.ts), and the partner
 * then shows without it: the name as plain text, no logo. Valid, so a warning, but one a site owner should
 * see before publishing, not discover as a link that silently is not there.
 */
import type { Locale } from '../locale.js';
import { safeUrl } from '../safe-url.js';
import type { Partner } from '../schema.js';
import type { CliContext } from './command.js';
import { messagesIn } from './messages.js';

interface UnlinkedAddressMessages {
  /** `{path}` of the field, `{result}` what the reader sees instead. */
  readonly warning: string;
  readonly url: string;
  readonly logo: string;
}

const MESSAGES: Readonly<Record<Locale, UnlinkedAddressMessages>> = {
  id: {
    warning:
      'peringatan KL502: {path}: widget tidak memakai alamat ini (hanya alamat https:, http:, mailto:, tel: atau relatif); {result}.',
    url: 'nama mitra tampil sebagai teks biasa',
    logo: 'logonya tidak ditampilkan',
  },
  en: {
    warning:
      'warning KL502: {path}: the widgets do not use this address (only https:, http:, mailto:, tel: or relative addresses); {result}.',
    url: "the partner's name shows as plain text",
    logo: 'no logo is shown',
  },
};

/** Says each partner address the widgets will not use, as a warning on stderr. */
export function reportUnlinkedAddresses(partners: readonly Partner[], context: CliContext): void {
  const say = messagesIn(MESSAGES, context.locale);
  partners.forEach((partner, index) => {
    for (const field of ['url', 'logo'] as const) {
      const address = partner[field];
      if (address !== undefined && safeUrl(address) === null)
        context.err(say('warning', { path: `partners[${index}].${field}`, result: say(field) }));
    }
  });
}
