import type { LanguagePack } from '@ketahanan/elements';

/**
 * An EXAMPLE pack: a few Javanese strings written to show the mechanism, not a reviewed translation. The
 * strings it lacks come from its fallback, Indonesian, as does the content.
 */
export const javaneseExample: LanguagePack = {
  lang: 'jv',
  fallback: 'id',
  messages: {
    faq: { showAll: 'Bukak kabèh', hideAll: 'Tutup kabèh' },
    checklist: { progress: { other: '{count} saka {total} prinsip wis ana' }, reset: 'Baleni' },
  },
};
