// Pages that put the widgets in situations a real site creates: the script pasted twice beside another
// version, two widgets pasted one by one in the split layout, content from the site's own JSON, and a JSON
// file with a mistake in it.
import { readFileSync } from 'node:fs';
import { escapeHtml } from '@ketahanan/elements/snippet';
import { themedPage } from './layout.mjs';

/** The example Javanese pack (public/data/jv.example.json), written inline as a page would paste it. */
const javanesePack = readFileSync(new URL('../public/data/jv.example.json', import.meta.url), 'utf8').trim();

/** One element of `embed`, without its own `lang` (it follows `<html lang>`), with extra attributes. */
const following = (markup, attributes = '') => markup.replace(/ lang="id"/, attributes);

/**
 * @param {{ embed: import('./pages.mjs').Embedder,
 *   ownContent: { content: import('@ketahanan/model').Content, provided: import('@ketahanan/model').SectionName[] } }} input
 * @returns {{ file: string, html: string }[]}
 */
export function renderSpecialPages({ embed, ownContent }) {
  const note = (text) => `<p class="demo-note">${escapeHtml(text)}</p>`;
  return [
    {
      // Ours first: deferred and module scripts run in document order, so this copy defines the tags and the
      // later ones must stand aside without an error (the other version says so in one console warning).
      file: 'ganda.html',
      html: themedPage({
        lang: 'id',
        title: 'Skrip dipasang dua kali dan versi lain',
        head: embed.script(),
        body: [
          note('Dua plugin CMS memasang skrip widget yang sama, versi klasiknya, dan satu versi lain.'),
          '<h2>Tanya jawab</h2>',
          embed.element({ tag: 'kl-faq-accordion', locale: 'id' }),
          embed.script(),
          embed.script({ script: 'classic' }),
          embed.otherVersionScript(),
          '<h2>Tantangan kemitraan</h2>',
          embed.element({ tag: 'kl-challenge-explorer', locale: 'id' }),
        ].join('\n'),
      }),
    },
    {
      // Two snippets of the split layout, pasted one after the other as an editor would: each brings its own
      // preload of the shared core, and the browser still fetches and runs the core (and Lit) once.
      file: 'terpisah.html',
      html: themedPage({
        lang: 'id',
        title: 'Dua widget, satu inti bersama',
        head: '',
        body: [
          note('Dua widget dipasang satu per satu dari berkas terpisah; Lit dan inti bersama dimuat sekali.'),
          '<h2>Tanya jawab</h2>',
          embed.snippet({ tag: 'kl-faq-accordion', locale: 'id', bundle: 'split' }),
          '<h2>Tantangan kemitraan</h2>',
          embed.snippet({ tag: 'kl-challenge-explorer', locale: 'id', bundle: 'split' }),
        ].join('\n'),
      }),
    },
    {
      // The fallback is pre-rendered from the same JSON the widgets load, so both tell the same story.
      file: 'konten-sendiri.html',
      html: themedPage({
        lang: 'id',
        title: 'Forum Kemitraan Sukamaju',
        head: embed.script(),
        body: [
          note(
            'Pertanyaan dan mitra di halaman ini berasal dari berkas JSON situs sendiri: /data/sukamaju.json.',
          ),
          '<h2>Mitra forum</h2>',
          embed.element({ tag: 'kl-partner-cards', locale: 'id', src: '/data/sukamaju.json', ...ownContent }),
          '<h2>Tanya jawab</h2>',
          embed.element({ tag: 'kl-faq-accordion', locale: 'id', src: '/data/sukamaju.json', ...ownContent }),
        ].join('\n'),
      }),
    },
    {
      // A language the page adds (an example pack, inline) and two strings one element overrides.
      file: 'bahasa-jawa.html',
      // The site's own chrome is Indonesian (its layout knows id and en); the page's language is Javanese.
      html: themedPage({
        lang: 'id',
        title: 'Basa Jawa: conto paket basa',
        head: embed.script(),
        body: [
          note(
            'Contoh: paket bahasa Jawa di halaman ini hanya beberapa teks contoh, bukan terjemahan yang sudah ' +
              'ditinjau. Teks yang tidak ada di paket diambil dari bahasa Indonesia.',
          ),
          `<script type="application/json" data-kl-language-pack>\n${javanesePack}\n</script>`,
          '<h2>Pitakon lan wangsulan</h2>',
          following(embed.element({ tag: 'kl-faq-accordion', locale: 'id' })),
          '<h2>Prinsip kemitraan</h2>',
          following(
            embed.element({ tag: 'kl-principle-checklist', locale: 'id' }),
            ` messages='{"checklist":{"legend":"Prinsip dhasar kemitraan","allDone":"Kabèh prinsip wis ana."}}'`,
          ),
        ].join('\n'),
      }).replace('<html lang="id"', '<html lang="jv"'),
    },
    {
      file: 'json-rusak.html',
      html: themedPage({
        lang: 'id',
        title: 'Berkas konten yang rusak',
        head: embed.script(),
        body: [
          note(
            'Widget pertama memuat /data/rusak.json, yang berisi kesalahan ketik. Halaman lain tetap berjalan.',
          ),
          '<h2>Tanya jawab</h2>',
          embed.element({ tag: 'kl-faq-accordion', locale: 'id', src: '/data/rusak.json' }),
          '<p id="setelah-widget">Paragraf ini berada setelah widget yang gagal dan tetap terbaca.</p>',
          '<h2>Tantangan kemitraan</h2>',
          embed.element({ tag: 'kl-challenge-explorer', locale: 'id' }),
        ].join('\n'),
      }),
    },
  ];
}
