/**
 * The plugin passes UI strings through as the elements read them: a block's or shortcode's `messages` as the
 * element's attribute, and the `ketahanan_lokal_language_packs` filter's packs as `data-kl-language-pack`
 * scripts. The elements check keys and placeholders themselves (their own tests).
 */
import { describe, expect, it } from 'vitest';
import { runPhp } from './support/run-php.ts';

interface Output {
  attributes: (string | null)[];
  scripts: string;
}

const strings = { faq: { showAll: 'Buka semua jawaban' } };

describe('UI strings through the WordPress plugin', () => {
  const output = runPhp('messages.php', {
    attributes: [strings, JSON.stringify(strings), '{faq: broken', ['a list'], 'plain text', {}],
    packs: [
      { lang: 'jv', fallback: 'id', messages: { faq: { showAll: 'Bukak kabèh </script><b>' } } },
      { messages: {} },
      'not a pack',
    ],
  }) as Output;

  it('writes a block’s object and a shortcode’s JSON as the same messages attribute', () => {
    expect(output.attributes.slice(0, 2)).toEqual([JSON.stringify(strings), JSON.stringify(strings)]);
  });

  it('leaves out messages that are not a JSON object', () => {
    expect(output.attributes.slice(2)).toEqual([null, null, null, null]);
  });

  it('prints each valid pack as a language-pack script, its text unable to close the script', () => {
    const scripts = output.scripts.split('\n');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^<script type="application\/json" data-kl-language-pack>\{.*\}<\/script>$/);
    expect(scripts[0]).not.toContain('</script><b>');
    const json = /<script[^>]*>(.*)<\/script>$/.exec(scripts[0] ?? '')?.[1] ?? '';
    expect(JSON.parse(json)).toEqual({
      lang: 'jv',
      fallback: 'id',
      messages: { faq: { showAll: 'Bukak kabèh </script><b>' } },
    });
  });
});
