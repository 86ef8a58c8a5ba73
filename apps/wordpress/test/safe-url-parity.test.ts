/**
 * The plugin links what the model's `safeUrl` links, and nothing else: the same addresses refused (hidden
 * characters anywhere, other schemes, hosts a browser would not load), and what it writes is printable ASCII
 * that the browser reads as the same address. A relative address is written exactly as the model writes it;
 * an absolute one may be written unserialised (`https:desa.example`), so both are read through the URL parser.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeUrl } from '@ketahanan/model';
import {
  ALLOWED_ADDRESSES,
  REFUSED_ADDRESSES,
  RELATIVE_ADDRESSES,
} from '../../../packages/model/test/addresses.ts';
import { hiddenCharacterUrls } from '../../../packages/model/test/corpus.ts';
import { hiddenCharacterUrl } from '../../../packages/model/test/arbitraries.ts';
import { runPhp } from './support/run-php.ts';

/** The model's own test addresses, and more of the kinds a site owner writes. */
const WRITTEN = [
  ...ALLOWED_ADDRESSES.map(([address]) => address),
  ...REFUSED_ADDRESSES,
  ...RELATIVE_ADDRESSES.map(([address]) => address),
  'mailto:Kantor Desa <kantor@desa.example.id>',
  'tel:+62 274 123456',
  'https://user:rahasia@desa.example:8443/a?b=c d#e f',
  'https://[2001:db8::1]/logo.png',
  'https:',
  'https://desa.example:99999/',
  '\\\\',
];

const PRINTABLE_ASCII = /^[\x21-\x7e]*$/;

/** How a browser on a page of the site reads a written address. */
const asBrowserReads = (written: string) => new URL(written, 'https://desa.example.id/halaman/').href;

function compare(addresses: readonly string[]): void {
  const php = runPhp('safe-url.php', addresses) as (string | null)[];
  expect(php).toHaveLength(addresses.length);
  addresses.forEach((address, index) => {
    const expected = safeUrl(address);
    const written = php[index] ?? null;
    const label = JSON.stringify(address);
    if (expected === null || written === null) {
      expect(written, label).toBe(expected);
      return;
    }
    expect(written, label).toMatch(PRINTABLE_ASCII);
    if (/^[a-z][a-z\d+.-]*:/i.test(expected))
      expect(asBrowserReads(written), label).toBe(asBrowserReads(expected));
    else expect(written, label).toBe(expected);
  });
}

describe('the plugin’s Safe_Url and the model’s safeUrl agree', () => {
  it('on the addresses of the model’s tests and those site owners write', () => {
    compare(WRITTEN);
  });

  it('on every hidden character at every place of an address: all refused', () => {
    compare(hiddenCharacterUrls);
  });

  it('on 300 random web addresses, and 300 with hidden characters put anywhere', () => {
    const web = fc.sample(fc.webUrl({ withQueryParameters: true, withFragments: true }), {
      numRuns: 300,
      seed: 17,
    });
    const hiding = fc.sample(hiddenCharacterUrl, { numRuns: 300, seed: 17 });
    compare([...web, ...hiding]);
  });
});
