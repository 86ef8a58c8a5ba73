/**
 * The article in English: our own full translation of `id.ts`, with exactly the same fields and ids in the
 * same order (checked by `test/parity.test.ts`), in the words of the glossary in this package's README
 * (*pihak* is always a party, *praktik terbaik* best practice, *magang* a work placement). It keeps the
 * article's modality: what the article says *can* happen, this says can happen. One export per section so
 * that bundlers keep only what an element imports.
 */
import type { Content } from '../schema.js';

export const meta = {
  title: 'Strengthening Local Resilience through Partnerships',
  lead: 'In an era of globalisation that keeps developing, local resilience has become an important issue that needs attention. Local resilience refers to the ability of a community or region to face challenges and succeed in meeting the diverse needs of its people. One effective way to strengthen local resilience is through partnerships. In this article, we explain in depth how partnerships can contribute to local resilience, with real examples and best practices that various parties can adopt.',
} satisfies Content['meta'];

export const resilience = {
  title: 'What Is Local Resilience?',
  intro:
    'Local resilience covers various aspects, such as economic, social, environmental and cultural aspects.',
  description:
    'This resilience is very important to ensure that communities can survive and thrive despite facing various challenges, such as economic crises, natural disasters and climate change.',
  aspects: [
    { id: 'ekonomi', name: 'Economic' },
    { id: 'sosial', name: 'Social' },
    { id: 'lingkungan', name: 'Environmental' },
    { id: 'budaya', name: 'Cultural' },
  ],
  threats: [
    { id: 'krisis-ekonomi', name: 'Economic crises' },
    { id: 'bencana-alam', name: 'Natural disasters' },
    { id: 'perubahan-iklim', name: 'Climate change' },
  ],
  note: 'According to the Sustainable Development Solutions Network (SDSN), local resilience is also closely linked to sustainability and to the wise management of natural resources.',
} satisfies Content['resilience'];

export const sectors = [
  { id: 'pemerintah', name: 'Government' },
  { id: 'swasta', name: 'Private sector' },
  { id: 'masyarakat-sipil', name: 'Civil society' },
  { id: 'komunitas-lokal', name: 'Local communities' },
] satisfies Content['sectors'];

export const partners = [
  { id: 'petani-lokal', name: 'Local farmers', sector: 'komunitas-lokal' },
  { id: 'pemerintah-daerah', name: 'Local government', sector: 'pemerintah' },
  { id: 'lembaga-pemerintah', name: 'Government agencies', sector: 'pemerintah' },
  { id: 'lsm', name: 'NGOs (non-governmental organisations)', sector: 'masyarakat-sipil' },
  { id: 'perusahaan-energi-terbarukan', name: 'Renewable energy companies', sector: 'swasta' },
  { id: 'masyarakat-setempat', name: 'Local residents', sector: 'komunitas-lokal' },
  { id: 'sekolah-menengah-kejuruan', name: 'Vocational high schools' },
  { id: 'perusahaan-lokal', name: 'Local companies', sector: 'swasta' },
  { id: 'puskesmas', name: 'Community health centres (Puskesmas)', sector: 'pemerintah' },
  { id: 'yayasan-kesehatan', name: 'Health foundations', sector: 'masyarakat-sipil' },
  { id: 'pelaku-usaha-lokal', name: 'Local businesses', sector: 'swasta' },
  { id: 'lembaga-keuangan', name: 'Financial institutions' },
] satisfies Content['partners'];

export const reasonsHeader = {
  title: 'Why Are Partnerships Important?',
  intro:
    'When we talk about partnerships, we do not only mean cooperation between two organisations. Partnerships can involve various parties, including government, the private sector, civil society and local communities. By building strong partnerships, we can complement one another and increase the capacity that supports local resilience. Here are some reasons why partnerships are so important:',
} satisfies Content['reasonsHeader'];

export const reasons = [
  {
    id: 'sumber-daya-lebih-banyak',
    title: 'More Resources',
    description:
      'By joining a partnership, various parties can access greater resources, whether financial, technical or human.',
  },
  {
    id: 'berbagi-pengetahuan-dan-keterampilan',
    title: 'Sharing Knowledge and Skills',
    description:
      'Partnerships make it possible to exchange knowledge and skills that can strengthen the capacity of each party.',
  },
  {
    id: 'meningkatkan-efisiensi',
    title: 'Increasing Efficiency',
    description: 'Collaboration can reduce overlap and increase efficiency in the use of resources.',
  },
  {
    id: 'membangun-kepercayaan',
    title: 'Building Trust',
    description:
      'By working together, the parties involved will build mutual trust, which is very important for creating a positive working atmosphere.',
  },
] satisfies Content['reasons'];

export const principlesHeader = {
  title: 'Basic Principles of Effective Partnerships',
  intro: 'To build strong and effective partnerships, there are several basic principles to keep in mind:',
} satisfies Content['principlesHeader'];

export const principles = [
  {
    id: 'visi-bersama',
    title: 'Shared Vision',
    description: 'All parties must have the same vision and goals to achieve the desired results.',
    prevents: 'perbedaan-tujuan-dan-visi',
  },
  {
    id: 'komunikasi-terbuka',
    title: 'Open Communication',
    description:
      'Good communication is the key to effectiveness in every partnership. Each party must feel comfortable sharing ideas and problems.',
    prevents: 'komunikasi-kurang-efektif',
  },
  {
    id: 'tanggung-jawab-bersama',
    title: 'Shared Responsibility',
    description: 'Each party must have responsibility for carrying out the activities that have been agreed.',
  },
  {
    id: 'fleksibilitas',
    title: 'Flexibility',
    description: 'A partnership needs to be flexible to face the changes and challenges that may arise.',
  },
] satisfies Content['principles'];

export const partnershipsHeader = {
  title: 'Examples of Good Practice in Partnerships for Strengthening Local Resilience',
} satisfies Content['partnershipsHeader'];

export const partnerships = [
  {
    id: 'pertanian-berkelanjutan',
    title: 'Sustainable Farming Programmes',
    summary:
      'Sustainable farming programmes in rural areas are one example of a successful partnership. In Indonesia, many initiatives involve local farmers, government agencies and non-governmental organisations to create more sustainable farming systems. For example, a Farmer Empowerment Programme run by the local government in cooperation with NGOs can provide training and support in organic farming, so that farmers can become more self-reliant and less dependent on chemicals.',
    area: 'Rural areas',
    partners: ['petani-lokal', 'pemerintah-daerah', 'lembaga-pemerintah', 'lsm'],
  },
  {
    id: 'keberlanjutan-energi',
    title: 'Energy Sustainability',
    summary:
      'Partnerships between renewable energy providers and local communities are also a good example of strengthening local resilience. In several areas, renewable energy companies build solar power plants and involve local residents in the construction and maintenance process.',
    area: 'Several areas',
    partners: ['perusahaan-energi-terbarukan', 'masyarakat-setempat'],
    outcomes: ['This not only creates jobs but also improves people’s access to clean energy.'],
  },
  {
    id: 'pendidikan-dan-pelatihan',
    title: 'Education and Training Programmes',
    summary:
      'In education, partnerships between schools, government agencies and the private sector can produce training programmes that are relevant to the needs of the job market. For example, vocational high schools working together with local companies to provide work placements for students.',
    partners: ['sekolah-menengah-kejuruan', 'lembaga-pemerintah', 'perusahaan-lokal'],
    outcomes: [
      'This programme not only improves the quality of education but also prepares students to enter the world of work with relevant skills.',
    ],
  },
] satisfies Content['partnerships'];

export const benefitsHeader = {
  title: 'Benefits of Partnerships for Local Communities',
  intro: 'Effective partnerships bring many benefits to local communities, including:',
} satisfies Content['benefitsHeader'];

export const benefits = [
  {
    id: 'meningkatkan-kualitas-hidup',
    title: 'Improving Quality of Life',
    description:
      'With programmes that result from partnerships, people’s quality of life can improve through better access to education, health and other public services.',
    example:
      'For example, a health programme involving community health centres (Puskesmas), health foundations and local residents can raise people’s awareness of health.',
    partners: ['puskesmas', 'yayasan-kesehatan', 'masyarakat-setempat'],
  },
  {
    id: 'pemberdayaan-ekonomi',
    title: 'Economic Empowerment',
    description:
      'Partnerships between local businesses, government and financial institutions can open up access for people to start a business.',
    example:
      'Skills development programmes for micro, small and medium enterprises (MSMEs) can give people the opportunity to increase their income and create new jobs.',
    partners: ['pelaku-usaha-lokal', 'lembaga-pemerintah', 'lembaga-keuangan'],
  },
  {
    id: 'ketahanan-lingkungan',
    title: 'Environmental Resilience',
    description:
      'Through partnerships, environmental sustainability projects that involve managing resources efficiently can be implemented.',
    example:
      'One example is a waste management programme that involves people taking an active part in recycling and reducing waste.',
    partners: ['masyarakat-setempat'],
  },
] satisfies Content['benefits'];

export const challengesHeader = {
  title: 'Challenges and Solutions in Building Partnerships',
  intro:
    'Promising as it may seem, building partnerships is not without challenges. Some of the challenges often faced include:',
} satisfies Content['challengesHeader'];

export const challenges = [
  {
    id: 'perbedaan-tujuan-dan-visi',
    title: 'Differing Goals and Visions',
    description: 'Differences in vision between partners can become a source of conflict.',
    solution:
      'To overcome this, it is important to hold in-depth discussions at the start of the partnership process to align goals and expectations.',
    principle: 'visi-bersama',
  },
  {
    id: 'komunikasi-kurang-efektif',
    title: 'Ineffective Communication',
    description: 'A lack of communication can hinder the progress of a partnership.',
    solution:
      'Holding regular meetings and using the right communication tools are ways to improve this situation.',
    principle: 'komunikasi-terbuka',
  },
  {
    id: 'ketidakpuasan-pihak-tertentu',
    title: 'Dissatisfaction on Certain Sides',
    description: 'Each party may have different expectations.',
    solution:
      'Maintaining transparency in the management and results of the cooperation can help reduce dissatisfaction.',
  },
] satisfies Content['challenges'];

export const conclusion = {
  title: 'Conclusion',
  text: 'Strengthening local resilience through partnerships is a very effective and strategic step. With the various good practices discussed, we can see that partnerships can bring many benefits to communities and give them the opportunity to develop even in difficult conditions. From the farming sector to education, almost every aspect of life can be strengthened through good partnerships. Therefore, it is important for all parties—government, organisations and the public—to build solid cooperation to strengthen local resilience.',
} satisfies Content['conclusion'];

export const faqHeader = {
  title: 'FAQ (Frequently Asked Questions)',
} satisfies Content['faqHeader'];

export const faq = [
  {
    id: 'apa-itu-ketahanan-lokal',
    question: 'What is local resilience?',
    answer:
      'Local resilience refers to the ability of a community to face challenges and meet its own needs through the various resources and capacities it has.',
  },
  {
    id: 'mengapa-kemitraan-penting',
    question: 'Why are partnerships important for local resilience?',
    answer:
      'Partnerships are important because they can provide greater resources, broaden knowledge, increase efficiency and build trust among the parties involved.',
  },
  {
    id: 'contoh-praktik-baik',
    question: 'What examples can count as good practice in partnerships?',
    answer:
      'Examples of good practice in partnerships include sustainable farming programmes, energy sustainability, and education and training programmes.',
  },
  {
    id: 'tantangan-kemitraan',
    question: 'What are the challenges in building partnerships?',
    answer:
      'Challenges include differing goals, ineffective communication and possible dissatisfaction among some parties. Building good communication and maintaining transparency are the key to overcoming these challenges.',
  },
  {
    id: 'cara-memulai-kemitraan',
    question: 'How do you start a partnership?',
    answer:
      'Starting a partnership can be done by setting out a shared vision and goals, establishing open communication, and discussing each party’s responsibilities in reaching those goals.',
  },
] satisfies Content['faq'];

/** The article's last paragraph, in its order: the invitation, then the rallying cry. */
export const callToAction = {
  text: 'With all the potential and benefits on offer, it is time for all of us to start taking part in building partnerships to strengthen local resilience. Let’s build a better future together!',
} satisfies Content['callToAction'];
