/**
 * The article in Bahasa Indonesia, the source language. Every text here is the article's own, word for word
 * and in whole sentences, headings included (`test/provenance.test.ts` and `test/completeness.test.ts` check
 * it against the article file). The few fields we write ourselves are ids, references and labels made of the
 * article's words (names of sectors, partners, aspects, threats and places, and the title); they state no
 * fact the article does not. One export per section so that bundlers keep only what an element imports.
 */
import type { Content } from '../schema.js';

export const meta = {
  title: 'Memperkuat Ketahanan Lokal melalui Kemitraan',
  lead: 'Dalam era globalisasi yang terus berkembang, ketahanan lokal menjadi isu penting yang perlu diperhatikan. Ketahanan lokal merujuk pada kemampuan suatu komunitas atau wilayah untuk menghadapi tantangan dan berhasil dalam memenuhi kebutuhan masyarakat yang beragam. Salah satu cara efektif untuk memperkuat ketahanan lokal adalah melalui kemitraan. Dalam artikel ini, kita akan menjelaskan secara mendalam bagaimana kemitraan dapat berkontribusi pada ketahanan lokal, contoh nyata, dan praktik terbaik yang dapat diadopsi oleh berbagai pihak.',
} satisfies Content['meta'];

// No `definition`: the article defines local resilience once, in its opening paragraph (`meta.lead`).
export const resilience = {
  title: 'Apa Itu Ketahanan Lokal?',
  intro: 'Ketahanan lokal mencakup berbagai aspek seperti ekonomi, sosial, lingkungan, dan budaya.',
  description:
    'Ketahanan ini sangat penting untuk memastikan bahwa komunitas dapat bertahan dan berkembang meskipun menghadapi berbagai tantangan, seperti krisis ekonomi, bencana alam, dan perubahan iklim.',
  aspects: [
    { id: 'ekonomi', name: 'Ekonomi' },
    { id: 'sosial', name: 'Sosial' },
    { id: 'lingkungan', name: 'Lingkungan' },
    { id: 'budaya', name: 'Budaya' },
  ],
  threats: [
    { id: 'krisis-ekonomi', name: 'Krisis ekonomi' },
    { id: 'bencana-alam', name: 'Bencana alam' },
    { id: 'perubahan-iklim', name: 'Perubahan iklim' },
  ],
  note: 'Menurut Sustainable Development Solutions Network (SDSN), ketahanan lokal juga berkaitan erat dengan keberlanjutan dan pengelolaan sumber daya alam yang bijak.',
} satisfies Content['resilience'];

export const sectors = [
  { id: 'pemerintah', name: 'Pemerintah' },
  { id: 'swasta', name: 'Swasta' },
  { id: 'masyarakat-sipil', name: 'Masyarakat sipil' },
  { id: 'komunitas-lokal', name: 'Komunitas lokal' },
] satisfies Content['sectors'];

/**
 * The parties the examples name, with nothing the article does not say of them: no description, area or
 * contributions (a site owner's own partners may have them). A sector only where the article's words or the
 * party's very kind place it: a sekolah menengah kejuruan is a school, which the article lists beside the
 * government and the private sector rather than in any sector, so it has none; nor has a lembaga keuangan,
 * which the article names as a party of its own beside local businesses and the government, and which may
 * be public or private (`test/provenance.test.ts` holds the reviewed sector of every partner).
 */
export const partners = [
  { id: 'petani-lokal', name: 'Petani lokal', sector: 'komunitas-lokal' },
  { id: 'pemerintah-daerah', name: 'Pemerintah daerah', sector: 'pemerintah' },
  { id: 'lembaga-pemerintah', name: 'Lembaga pemerintah', sector: 'pemerintah' },
  { id: 'lsm', name: 'LSM (lembaga swadaya masyarakat)', sector: 'masyarakat-sipil' },
  { id: 'perusahaan-energi-terbarukan', name: 'Perusahaan energi terbarukan', sector: 'swasta' },
  { id: 'masyarakat-setempat', name: 'Masyarakat setempat', sector: 'komunitas-lokal' },
  { id: 'sekolah-menengah-kejuruan', name: 'Sekolah menengah kejuruan' },
  { id: 'perusahaan-lokal', name: 'Perusahaan lokal', sector: 'swasta' },
  { id: 'puskesmas', name: 'Puskesmas', sector: 'pemerintah' },
  { id: 'yayasan-kesehatan', name: 'Yayasan kesehatan', sector: 'masyarakat-sipil' },
  { id: 'pelaku-usaha-lokal', name: 'Pelaku usaha lokal', sector: 'swasta' },
  { id: 'lembaga-keuangan', name: 'Lembaga keuangan' },
] satisfies Content['partners'];

export const reasonsHeader = {
  title: 'Mengapa Kemitraan Itu Penting?',
  intro:
    'Ketika kita berbicara tentang kemitraan, kita tidak hanya merujuk pada kerja sama antara dua organisasi. Kemitraan dapat melibatkan berbagai pihak, termasuk pemerintah, swasta, masyarakat sipil, dan komunitas lokal. Dengan membangun kemitraan yang kuat, kita bisa saling melengkapi dan meningkatkan daya dukung ketahanan lokal. Berikut adalah beberapa alasan mengapa kemitraan sangat penting:',
} satisfies Content['reasonsHeader'];

export const reasons = [
  {
    id: 'sumber-daya-lebih-banyak',
    title: 'Sumber Daya yang Lebih Banyak',
    description:
      'Dengan bergabung dalam kemitraan, berbagai pihak dapat mengakses sumber daya yang lebih besar, baik itu finansial, teknis, maupun sumber daya manusia.',
  },
  {
    id: 'berbagi-pengetahuan-dan-keterampilan',
    title: 'Berbagi Pengetahuan dan Keterampilan',
    description:
      'Kemitraan memungkinkan untuk bertukar pengetahuan dan keterampilan yang dapat memperkuat kapasitas masing-masing pihak.',
  },
  {
    id: 'meningkatkan-efisiensi',
    title: 'Meningkatkan Efisiensi',
    description:
      'Kolaborasi dapat mengurangi tumpang tindih dan meningkatkan efisiensi dalam penggunaan sumber daya.',
  },
  {
    id: 'membangun-kepercayaan',
    title: 'Membangun Kepercayaan',
    description:
      'Dengan bekerja sama, pihak-pihak yang terlibat akan membangun saling percaya, yang sangat penting untuk menciptakan suasana kerja yang positif.',
  },
] satisfies Content['reasons'];

export const principlesHeader = {
  title: 'Prinsip Dasar Kemitraan yang Efektif',
  intro:
    'Untuk membangun kemitraan yang kuat dan efektif, terdapat beberapa prinsip dasar yang perlu diperhatikan:',
} satisfies Content['principlesHeader'];

/**
 * The article never pairs principles with challenges. Two pairs share its words and are linked: the shared
 * vision and differing visions, open communication and ineffective communication. The others stand alone.
 */
export const principles = [
  {
    id: 'visi-bersama',
    title: 'Visi Bersama',
    description: 'Semua pihak harus memiliki visi dan tujuan yang sama untuk mencapai hasil yang diinginkan.',
    prevents: 'perbedaan-tujuan-dan-visi',
  },
  {
    id: 'komunikasi-terbuka',
    title: 'Komunikasi Terbuka',
    description:
      'Komunikasi yang baik adalah kunci keefektifan dalam setiap kemitraan. Setiap pihak harus merasa nyaman untuk berbagi ide dan masalah.',
    prevents: 'komunikasi-kurang-efektif',
  },
  {
    id: 'tanggung-jawab-bersama',
    title: 'Tanggung Jawab Bersama',
    description:
      'Setiap pihak harus memiliki tanggung jawab dalam melaksanakan kegiatan yang telah disepakati.',
  },
  {
    id: 'fleksibilitas',
    title: 'Fleksibilitas',
    description:
      'Kemitraan perlu bersifat fleksibel untuk menghadapi perubahan dan tantangan yang mungkin muncul.',
  },
] satisfies Content['principles'];

export const partnershipsHeader = {
  title: 'Contoh-contoh Praktik Baik Kemitraan dalam Memperkuat Ketahanan Lokal',
} satisfies Content['partnershipsHeader'];

/**
 * Each example's paragraph whole: the summary is every sentence but the result the article reports, which
 * is the outcome. The farming example reports none: its last sentence is a hypothetical ("Misalnya, … dapat
 * memberikan …, sehingga …"), so it stays in the summary as written. The education example happens in a
 * field, not a place, so it has no area.
 */
export const partnerships = [
  {
    id: 'pertanian-berkelanjutan',
    title: 'Program Pertanian Berkelanjutan',
    summary:
      'Salah satu contoh kemitraan yang berhasil adalah program pertanian berkelanjutan di daerah pedesaan. Di Indonesia, banyak inisiatif yang melibatkan petani lokal, lembaga pemerintah, dan organisasi non-pemerintah untuk menciptakan sistem pertanian yang lebih berkelanjutan. Misalnya, Program Pemberdayaan Petani yang diselenggarakan oleh pemerintah daerah bekerja sama dengan LSM dapat memberikan pelatihan dan dukungan dalam hal pertanian organik, sehingga petani bisa lebih mandiri dan mengurangi ketergantungan pada bahan kimia.',
    area: 'Daerah pedesaan',
    partners: ['petani-lokal', 'pemerintah-daerah', 'lembaga-pemerintah', 'lsm'],
  },
  {
    id: 'keberlanjutan-energi',
    title: 'Keberlanjutan Energi',
    summary:
      'Kemitraan antara penyedia energi terbarukan dan komunitas lokal juga menjadi contoh yang baik dalam memperkuat ketahanan lokal. Di beberapa daerah, perusahaan energi terbarukan membangun pembangkit listrik tenaga surya dengan melibatkan masyarakat setempat dalam proses pembangunan dan pemeliharaan.',
    area: 'Beberapa daerah',
    partners: ['perusahaan-energi-terbarukan', 'masyarakat-setempat'],
    outcomes: [
      'Hal ini tidak hanya menciptakan lapangan kerja tetapi juga meningkatkan akses masyarakat terhadap energi bersih.',
    ],
  },
  {
    id: 'pendidikan-dan-pelatihan',
    title: 'Program Pendidikan dan Pelatihan',
    summary:
      'Dalam bidang pendidikan, kemitraan antara sekolah, lembaga pemerintah, dan sektor swasta dapat menghasilkan program pelatihan yang relevan dengan kebutuhan pasar kerja. Misalnya, sekolah menengah kejuruan yang bekerja sama dengan perusahaan lokal untuk memberikan magang bagi siswa.',
    partners: ['sekolah-menengah-kejuruan', 'lembaga-pemerintah', 'perusahaan-lokal'],
    outcomes: [
      'Program ini tidak hanya meningkatkan kualitas pendidikan tetapi juga menyiapkan siswa untuk memasuki dunia kerja dengan keterampilan yang relevan.',
    ],
  },
] satisfies Content['partnerships'];

export const benefitsHeader = {
  title: 'Manfaat Kemitraan bagi Komunitas Lokal',
  intro: 'Kemitraan yang efektif memberikan banyak manfaat bagi komunitas lokal, antara lain:',
} satisfies Content['benefitsHeader'];

/**
 * A benefit's partners are the parties its text names as working together: "masyarakat lokal" and
 * "masyarakat" are the local residents of the energy example (`masyarakat-setempat`), and "pemerintah" in a
 * list of institutions is `lembaga-pemerintah`.
 */
export const benefits = [
  {
    id: 'meningkatkan-kualitas-hidup',
    title: 'Meningkatkan Kualitas Hidup',
    description:
      'Dengan adanya program-program hasil kemitraan, kualitas hidup masyarakat dapat meningkat melalui akses yang lebih baik terhadap pendidikan, kesehatan, dan layanan publik lainnya.',
    example:
      'Misalnya, program kesehatan yang melibatkan puskesmas, yayasan kesehatan, dan masyarakat lokal dapat meningkatkan kesadaran kesehatan masyarakat.',
    partners: ['puskesmas', 'yayasan-kesehatan', 'masyarakat-setempat'],
  },
  {
    id: 'pemberdayaan-ekonomi',
    title: 'Pemberdayaan Ekonomi',
    description:
      'Kemitraan antara pelaku usaha lokal, pemerintah, dan lembaga keuangan dapat membuka akses bagi masyarakat untuk memulai usaha.',
    example:
      'Program peningkatan keterampilan bagi usaha mikro, kecil, dan menengah (UMKM) bisa memberikan kesempatan bagi masyarakat untuk meningkatkan pendapatan dan menciptakan lapangan kerja baru.',
    // The UMKM are who the skills programme serves, not a partner of it.
    partners: ['pelaku-usaha-lokal', 'lembaga-pemerintah', 'lembaga-keuangan'],
  },
  {
    id: 'ketahanan-lingkungan',
    title: 'Ketahanan Lingkungan',
    description:
      'Melalui kemitraan, proyek keberlanjutan lingkungan yang melibatkan pengelolaan sumber daya secara efisien dapat diimplementasikan.',
    example:
      'Contohnya adalah program pengelolaan sampah yang melibatkan partisipasi aktif masyarakat dalam daur ulang dan pengurangan sampah.',
    partners: ['masyarakat-setempat'],
  },
] satisfies Content['benefits'];

export const challengesHeader = {
  title: 'Tantangan dan Solusi dalam Membangun Kemitraan',
  intro:
    'Meski tampak menjanjikan, membangun kemitraan juga bukan tanpa tantangan. Beberapa tantangan yang sering dihadapi meliputi:',
} satisfies Content['challengesHeader'];

export const challenges = [
  {
    id: 'perbedaan-tujuan-dan-visi',
    title: 'Perbedaan Tujuan dan Visi',
    description: 'Perbedaan visi antara mitra bisa menjadi sumber konflik.',
    solution:
      'Untuk mengatasi ini, penting untuk melakukan diskusi mendalam di awal proses kemitraan untuk menyelaraskan tujuan dan harapan.',
    principle: 'visi-bersama',
  },
  {
    id: 'komunikasi-kurang-efektif',
    title: 'Komunikasi yang Kurang Efektif',
    description: 'Kurangnya komunikasi dapat menghambat kemajuan kemitraan.',
    solution:
      'Mengadakan pertemuan rutin dan menggunakan alat komunikasi yang tepat adalah cara untuk memperbaiki situasi ini.',
    principle: 'komunikasi-terbuka',
  },
  {
    id: 'ketidakpuasan-pihak-tertentu',
    title: 'Ketidakpuasan Sisi-Sisi Tertentu',
    description: 'Setiap pihak mungkin memiliki harapan yang berbeda.',
    solution:
      'Menjaga transparansi dalam pengelolaan dan hasil kerja sama dapat membantu mengurangi ketidakpuasan.',
  },
] satisfies Content['challenges'];

export const conclusion = {
  title: 'Kesimpulan',
  text: 'Memperkuat ketahanan lokal melalui kemitraan adalah langkah yang sangat efektif dan strategis. Dengan berbagai praktik baik yang telah dibahas, kita dapat melihat bahwa kemitraan dapat membawa banyak manfaat bagi komunitas dan memberi mereka kesempatan untuk berkembang meski dalam kondisi yang sulit. Dari sektor pertanian hingga pendidikan, hampir setiap aspek kehidupan dapat diperkuat melalui kemitraan yang baik. Oleh karena itu, penting bagi semua pihak—pemerintah, organisasi, dan masyarakat—untuk membangun kerjasama yang solid untuk memperkuat ketahanan lokal.',
} satisfies Content['conclusion'];

export const faqHeader = {
  title: 'FAQ (Pertanyaan yang Sering Diajukan)',
} satisfies Content['faqHeader'];

export const faq = [
  {
    id: 'apa-itu-ketahanan-lokal',
    question: 'Apa itu ketahanan lokal?',
    answer:
      'Ketahanan lokal mengacu pada kemampuan suatu komunitas untuk menghadapi tantangan dan memenuhi kebutuhannya sendiri melalui berbagai sumber daya dan kapasitas yang ada.',
  },
  {
    id: 'mengapa-kemitraan-penting',
    question: 'Mengapa kemitraan penting untuk ketahanan lokal?',
    answer:
      'Kemitraan penting karena dapat menyediakan sumber daya yang lebih besar, memperluas pengetahuan, meningkatkan efisiensi, dan membangun kepercayaan di antara pihak-pihak yang terlibat.',
  },
  {
    id: 'contoh-praktik-baik',
    question: 'Contoh apa saja yang bisa menjadi praktik baik dalam kemitraan?',
    answer:
      'Contoh praktik baik dalam kemitraan termasuk program pertanian berkelanjutan, keberlanjutan energi, dan program pendidikan serta pelatihan.',
  },
  {
    id: 'tantangan-kemitraan',
    question: 'Apa tantangan dalam membangun kemitraan?',
    answer:
      'Tantangan termasuk perbedaan tujuan, komunikasi yang kurang efektif, dan potensi ketidakpuasan dari beberapa pihak. Membangun komunikasi yang baik dan menjaga transparansi adalah kunci untuk mengatasi tantangan-tantangan ini.',
  },
  {
    id: 'cara-memulai-kemitraan',
    question: 'Bagaimana cara memulai kemitraan?',
    answer:
      'Memulai kemitraan dapat dilakukan dengan menyusun visi dan tujuan bersama, menjalin komunikasi terbuka, serta mendiskusikan tanggung jawab masing-masing pihak dalam mencapai tujuan tersebut.',
  },
] satisfies Content['faq'];

/** The article's last paragraph, in its order: the invitation, then the rallying cry. It has no heading. */
export const callToAction = {
  text: 'Dengan segala potensi dan manfaat yang ditawarkan, saatnya kita semua mulai berpartisipasi dalam membangun kemitraan demi memperkuat ketahanan lokal. Mari bersama-sama membangun masa depan yang lebih baik!',
} satisfies Content['callToAction'];
