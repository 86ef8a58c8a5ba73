// @ts-check
// Deterministic content of any size, in the shape of @ketahanan/model, so every variant shows the same text.
// Generated lists start with the article's own ids where the model cross-references them (a principle
// names a challenge and back), so a partial document stays valid when merged over the defaults.

export const SECTORS = ['pemerintah', 'swasta', 'masyarakat-sipil', 'komunitas-lokal'];
const PRINCIPLE_IDS = ['visi-bersama', 'komunikasi-terbuka', 'tanggung-jawab-bersama', 'fleksibilitas'];
const CHALLENGE_IDS = [
  'perbedaan-tujuan-dan-visi',
  'komunikasi-kurang-efektif',
  'ketidakpuasan-pihak-tertentu',
];
const AREAS = [
  'Kabupaten Sleman',
  'Kabupaten Gunungkidul',
  'Kota Yogyakarta',
  'Kabupaten Bantul',
  'Kulon Progo',
];

const ANSWER =
  'Kemitraan yang efektif membutuhkan visi bersama, komunikasi terbuka, tanggung jawab bersama dan ' +
  'fleksibilitas. Pemerintah daerah, sektor swasta, organisasi masyarakat sipil dan komunitas lokal ' +
  'saling melengkapi sumber daya, pengetahuan dan jaringan untuk memperkuat ketahanan lokal.';

/** @param {number} n */
export function faqItems(n) {
  return Array.from({ length: n }, (_, i) => ({
    id: `pertanyaan-${i + 1}`,
    question: `Pertanyaan ${i + 1}: bagaimana kemitraan memperkuat ketahanan lokal di desa ${i + 1}?`,
    answer: `${ANSWER} (${i + 1})`,
  }));
}

/** @param {number} n */
export function partners(n) {
  return Array.from({ length: n }, (_, i) => ({
    id: `mitra-${i + 1}`,
    name: `Mitra ${i + 1}`,
    sector: /** @type {string} */ (SECTORS[i % SECTORS.length]),
    description: `Mitra ${i + 1} mendukung program ketahanan pangan dan energi di tingkat desa.`,
    area: /** @type {string} */ (AREAS[i % AREAS.length]),
    contributions: /** @type {('finansial' | 'teknis' | 'sdm' | 'pengetahuan')[]} */ (
      [['finansial'], ['teknis', 'sdm'], ['pengetahuan'], ['finansial', 'teknis']][i % 4]
    ),
  }));
}

/** @param {number} n */
export function challenges(n) {
  return Array.from({ length: n }, (_, i) => ({
    id: CHALLENGE_IDS[i] ?? `tantangan-${i + 1}`,
    title: `Tantangan ${i + 1}`,
    description: `Uraian tantangan ${i + 1} dalam kemitraan lintas sektor.`,
    solution: `Solusi ${i + 1}: dialog rutin dan kesepakatan tertulis antar mitra.`,
    principle: /** @type {string} */ (PRINCIPLE_IDS[i % PRINCIPLE_IDS.length]),
  }));
}

/** @param {number} n */
export function principles(n) {
  return Array.from({ length: n }, (_, i) => ({
    id: PRINCIPLE_IDS[i] ?? `prinsip-${i + 1}`,
    title: `Prinsip ${i + 1}`,
    description: `Uraian prinsip ${i + 1} untuk kemitraan yang efektif.`,
    ...(i < CHALLENGE_IDS.length ? { prevents: /** @type {string} */ (CHALLENGE_IDS[i]) } : {}),
  }));
}
