/**
 * Provenance: the built-in content says only what the article says. Every Indonesian string is either the
 * article's own text, verbatim and in whole sentences (or a whole heading or list title), or one of the few
 * fields an editor writes (`EDITOR_WRITTEN`: ids, references and labels), and those state no fact of their own.
 */
import { describe, expect, it } from 'vitest';
import { defaultContent, type Partner } from '../src/index.js';
import { readArticle } from './article.js';
import { EDITOR_WRITTEN, articleTextFields, editorWritten, isLabel, leaves } from './content-fields.js';

const article = readArticle();
const lowerArticle = article.toLowerCase();
const content = defaultContent.id;

/** Where a stretch of the article may begin: a line (after a list number), or after a sentence or a colon. */
function startsWhole(at: number): boolean {
  const before = article.slice(Math.max(0, at - 8), at);
  return at === 0 || /(?:^|\n)(?:\d+\.\s+)?$/.test(before) || /[.!?:] $/.test(before);
}

/** Where it may end: at the end of a line, before a list item's colon, or after a sentence's last mark. */
function endsWhole(text: string, end: number): boolean {
  const next = article.charAt(end);
  return (
    next === '' || next === '\n' || next === '\r' || next === ':' || (/[.!?:]$/.test(text) && next === ' ')
  );
}

/** Whether `text` is the article's own: verbatim, and whole (no fragment that could change its sense). */
function isWholeArticleText(text: string): boolean {
  for (let at = article.indexOf(text); at !== -1; at = article.indexOf(text, at + 1)) {
    if (startsWhole(at) && endsWhole(text, at + text.length)) return true;
  }
  return false;
}

/**
 * Glosses we add to a label, and why they are not a claim: "LSM" is the article's word, and *lembaga swadaya
 * masyarakat* is what KBBI says it stands for.
 */
const GLOSSES: Readonly<Record<string, string>> = { LSM: 'lembaga swadaya masyarakat' };

/** A label without its gloss: "LSM (lembaga swadaya masyarakat)" → "LSM". */
function withoutGloss(label: string): string {
  const match = /^(.*?) \((.*)\)$/.exec(label);
  if (!match) return label;
  const [, name = '', gloss] = match;
  expect(GLOSSES[name], `the gloss of ${name}`).toBe(gloss);
  return name;
}

/**
 * How the article's text names a partner where it does not use the partner's name: the local residents of
 * the energy example are "masyarakat lokal" and "masyarakat" in the benefits, "pemerintah" in a list of
 * institutions is the government agencies, and the LSM are also "organisasi non-pemerintah".
 */
const ALSO_NAMED: Readonly<Record<string, readonly string[]>> = {
  'masyarakat-setempat': ['masyarakat lokal', 'masyarakat'],
  'lembaga-pemerintah': ['pemerintah'],
  lsm: ['organisasi non-pemerintah'],
};

function namesOf(partner: Partner): string[] {
  return [withoutGloss(partner.name).toLowerCase(), ...(ALSO_NAMED[partner.id] ?? [])];
}

function partnerById(id: string): Partner {
  const partner = content.partners.find((candidate) => candidate.id === id);
  expect(partner, id).toBeDefined();
  return partner as Partner;
}

/**
 * Words of a text that name whom a partnership is for, not a party to it: the economic partnership opens
 * "akses bagi masyarakat" and gives "kesempatan bagi masyarakat", so those people are not its partners.
 */
const SERVED: readonly string[] = ['bagi masyarakat'];

/** Whether `text` says `name` as words of their own ("pemerintah" is not in "non-pemerintah"). */
function says(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}-])${escaped}(?![\\p{L}-])`, 'u').test(text);
}

/** The examples and benefits, each with the text that names its partners and the partners it lists. */
const linked = [
  ...content.partnerships.map((item) => ({ id: item.id, text: item.summary, partners: item.partners })),
  ...content.benefits.map((item) => ({
    id: item.id,
    text: `${item.description} ${item.example ?? ''}`,
    partners: item.partners,
  })),
];

/**
 * The sector each built-in partner may carry, reviewed against the article, with the article's words that
 * place it there (or show it in none). A partner missing here, or a sector other than this, fails.
 */
const SECTORS: Readonly<Record<string, { sector?: string; words: string; because: string }>> = {
  'petani-lokal': {
    sector: 'komunitas-lokal',
    words: 'petani lokal',
    because: 'local farmers are of the local community by kind',
  },
  'pemerintah-daerah': {
    sector: 'pemerintah',
    words: 'pemerintah daerah',
    because: 'the local government is the government by name',
  },
  'lembaga-pemerintah': {
    sector: 'pemerintah',
    words: 'lembaga pemerintah',
    because: 'a government agency is the government by name',
  },
  lsm: {
    sector: 'masyarakat-sipil',
    words: 'organisasi non-pemerintah',
    because: 'the article calls the LSM non-governmental organisations: civil society',
  },
  'perusahaan-energi-terbarukan': {
    sector: 'swasta',
    words: 'perusahaan energi terbarukan',
    because: 'a company, the kind of party the education example gives for the private sector',
  },
  'masyarakat-setempat': {
    sector: 'komunitas-lokal',
    words: 'penyedia energi terbarukan dan komunitas lokal',
    because: 'the energy example’s partnership is with the local community, and it is these residents',
  },
  'sekolah-menengah-kejuruan': {
    words: 'antara sekolah, lembaga pemerintah, dan sektor swasta',
    because: 'the article lists schools beside the government and the private sector, in no sector',
  },
  'perusahaan-lokal': {
    sector: 'swasta',
    words: 'sektor swasta',
    because: 'the education example’s private sector is the local company it names',
  },
  puskesmas: {
    sector: 'pemerintah',
    words: 'puskesmas',
    because: 'a puskesmas is the government’s community health centre by kind',
  },
  'yayasan-kesehatan': {
    sector: 'masyarakat-sipil',
    words: 'yayasan kesehatan',
    because: 'a foundation is civil society by kind',
  },
  'pelaku-usaha-lokal': {
    sector: 'swasta',
    words: 'pelaku usaha lokal',
    because: 'local businesses are the private sector by kind',
  },
  'lembaga-keuangan': {
    words: 'pelaku usaha lokal, pemerintah, dan lembaga keuangan',
    because: 'a party of its own beside business and government, which may be public or private: no sector',
  },
};

describe('provenance of the built-in content', () => {
  it('holds only the article’s own text, verbatim and whole, outside the editor-written fields', () => {
    const fields = articleTextFields(content);
    expect(fields.length).toBeGreaterThan(60);
    const notTheArticle = fields.filter(([, text]) => !isWholeArticleText(text)).map(([path]) => path);
    expect(notTheArticle).toEqual([]);
  });

  it('writes only a short, named list of fields itself', () => {
    const written = leaves(content).filter(([path]) => editorWritten(path) !== undefined);
    const kinds = new Set(written.map(([path]) => editorWritten(path)));
    expect([...kinds].sort()).toEqual(EDITOR_WRITTEN.map((field) => field.kind).sort());
    expect(written.filter(([path]) => isLabel(path)).length).toBeLessThan(30);
  });

  it('makes every label of the article’s own words (a gloss aside)', () => {
    const labels = leaves(content).filter(([path]) => isLabel(path));
    for (const [path, label] of labels) {
      expect(lowerArticle, path).toContain(withoutGloss(String(label)).toLowerCase());
    }
  });

  it.each(['id', 'en'] as const)(
    'says nothing of the %s partners but their name and, where the article places it, their sector',
    (locale) => {
      for (const partner of defaultContent[locale].partners) {
        expect(['id', 'name', 'sector'], partner.id).toEqual(expect.arrayContaining(Object.keys(partner)));
      }
    },
  );

  it('puts no school in a sector (the article lists schools beside the sectors, not in one)', () => {
    expect(partnerById('sekolah-menengah-kejuruan').sector).toBeUndefined();
  });

  it('names as partners of an example or a benefit exactly the parties its text names', () => {
    for (const { id, text, partners } of linked) {
      for (const partnerId of partners) {
        const names = namesOf(partnerById(partnerId));
        expect(
          names.some((name) => text.toLowerCase().includes(name)),
          `${id} names ${partnerId}`,
        ).toBe(true);
      }
    }
  });

  it('lists as partners of an example or a benefit every party its text names, the people it serves aside', () => {
    const unlisted = linked.flatMap(({ id, text, partners }) => {
      const working = SERVED.reduce((rest, served) => rest.replaceAll(served, ' '), text.toLowerCase());
      return content.partners
        .filter((partner) => !partners.includes(partner.id))
        .filter((partner) => namesOf(partner).some((name) => says(working, name)))
        .map((partner) => `${id} names ${partner.id} but does not list it`);
    });
    expect(unlisted).toEqual([]);
  });

  it.each(['id', 'en'] as const)(
    'puts each %s partner only in the sector the reviewed table says the article supports',
    (locale) => {
      const partners = defaultContent[locale].partners;
      expect(partners.map((partner) => partner.id)).toEqual(Object.keys(SECTORS));
      const unsupported = partners
        .filter((partner) => partner.sector !== SECTORS[partner.id]?.sector)
        .map(
          (partner) =>
            `${partner.id}: ${partner.sector ?? 'no sector'}, but the article supports ` +
            `${SECTORS[partner.id]?.sector ?? 'none'} (${SECTORS[partner.id]?.because ?? ''})`,
        );
      expect(unsupported).toEqual([]);
    },
  );

  it('quotes in the sector table words the article says', () => {
    for (const [partnerId, { words }] of Object.entries(SECTORS)) {
      expect(lowerArticle, partnerId).toContain(words);
    }
  });

  it('lists as a partner no one the article only serves (UMKM are who a programme is for)', () => {
    expect(content.partners.map((partner) => partner.id)).not.toContain('umkm');
    for (const benefit of content.benefits) expect(benefit.partners).not.toContain('umkm');
  });

  it('links a principle and a challenge only where they share the article’s words, both ways', () => {
    const links = content.principles.flatMap((principle) =>
      principle.prevents ? [{ principle, challengeId: principle.prevents }] : [],
    );
    expect(links.map(({ principle, challengeId }) => [principle.id, challengeId])).toEqual([
      ['visi-bersama', 'perbedaan-tujuan-dan-visi'],
      ['komunikasi-terbuka', 'komunikasi-kurang-efektif'],
    ]);
    for (const { principle, challengeId } of links) {
      const challenge = content.challenges.find((candidate) => candidate.id === challengeId);
      expect(challenge?.principle).toBe(principle.id);
      const shared = principle.title
        .toLowerCase()
        .split(' ')
        .filter((word) => word.length > 3 && challenge?.title.toLowerCase().split(' ').includes(word));
      expect(shared, `${principle.id} ↔ ${challengeId}`).not.toEqual([]);
    }
    const linkedChallenges = content.challenges.filter((challenge) => challenge.principle !== undefined);
    expect(linkedChallenges).toHaveLength(links.length);
  });

  it('says each thing once: no text holds another (the definition lives only in the lead)', () => {
    const texts = articleTextFields(content);
    const repeats = texts.flatMap(([path, text]) =>
      texts
        .filter(([other, within]) => other !== path && within.includes(text))
        .map(([other]) => `${path} in ${other}`),
    );
    expect(repeats).toEqual([]);
  });

  it('gives an area only as a place the article names, never a field such as education', () => {
    const areas = content.partnerships.flatMap((partnership) => partnership.area ?? []);
    expect(areas).toEqual(['Daerah pedesaan', 'Beberapa daerah']);
    expect(areas.join(' ').toLowerCase()).not.toMatch(/bidang|pendidikan/);
  });
});
