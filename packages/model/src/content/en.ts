/**
 * The article in English: our own full translation of `id.ts`, with exactly the same ids in the same order
 * (checked by `test/parity.test.ts`). One export per section so that bundlers keep only what an element imports.
 */
import type { Content } from '../schema.js';

export const meta = {
  title: 'Strengthening Local Resilience through Partnerships',
  lead: 'In an era of ever-growing globalisation, local resilience has become an important issue that deserves attention. Local resilience refers to the ability of a community or region to face challenges and succeed in meeting the diverse needs of its people. One effective way to strengthen local resilience is through partnerships. In this article we explain in depth how partnerships can contribute to local resilience, with real examples and good practices that many kinds of organisations can adopt.',
} satisfies Content['meta'];

export const resilience = {
  title: 'What Is Local Resilience?',
  definition:
    'Local resilience refers to the ability of a community or region to face challenges and succeed in meeting the diverse needs of its people.',
  description:
    'This resilience is essential to make sure that communities can endure and thrive despite facing challenges such as economic crises, natural disasters and climate change.',
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
  {
    id: 'petani-lokal',
    name: 'Local farmers',
    sector: 'komunitas-lokal',
    description: 'Farmers who move to organic farming and become more self-reliant.',
    contributions: ['pengetahuan', 'sdm'],
    area: 'Rural areas',
  },
  {
    id: 'pemerintah-daerah',
    name: 'Local government',
    sector: 'pemerintah',
    description: 'Runs the Farmer Empowerment Programme.',
    contributions: ['finansial', 'teknis'],
    area: 'Rural areas',
  },
  {
    id: 'lembaga-pemerintah',
    name: 'Government agencies',
    sector: 'pemerintah',
    description: 'Partners in the farming, education and economic empowerment programmes.',
    contributions: ['finansial', 'teknis'],
  },
  {
    id: 'lsm',
    name: 'NGOs (non-governmental organisations)',
    sector: 'masyarakat-sipil',
    description: 'Provide training and support in organic farming.',
    contributions: ['pengetahuan', 'teknis'],
    area: 'Rural areas',
  },
  {
    id: 'perusahaan-energi-terbarukan',
    name: 'Renewable energy companies',
    sector: 'swasta',
    description: 'Build solar power plants.',
    contributions: ['finansial', 'teknis'],
    area: 'Several regions',
  },
  {
    id: 'masyarakat-setempat',
    name: 'Local residents',
    sector: 'komunitas-lokal',
    description:
      'Take part in building and maintaining power plants, in health programmes and in waste management.',
    contributions: ['sdm', 'pengetahuan'],
  },
  {
    id: 'sekolah-menengah-kejuruan',
    name: 'Vocational high schools',
    sector: 'masyarakat-sipil',
    description: 'Prepare students for work through apprenticeships.',
    contributions: ['pengetahuan', 'sdm'],
  },
  {
    id: 'perusahaan-lokal',
    name: 'Local companies',
    sector: 'swasta',
    description: 'Offer apprenticeships to students.',
    contributions: ['teknis', 'sdm'],
  },
  {
    id: 'puskesmas',
    name: 'Community health centres (puskesmas)',
    sector: 'pemerintah',
    description: 'Public health centres taking part in health programmes.',
    contributions: ['teknis', 'sdm'],
  },
  {
    id: 'yayasan-kesehatan',
    name: 'Health foundations',
    sector: 'masyarakat-sipil',
    description: 'Raise public awareness of health.',
    contributions: ['finansial', 'pengetahuan'],
  },
  {
    id: 'pelaku-usaha-lokal',
    name: 'Local businesses',
    sector: 'swasta',
    description: 'Open up opportunities for people to start a business.',
    contributions: ['pengetahuan', 'finansial'],
  },
  {
    id: 'lembaga-keuangan',
    name: 'Financial institutions',
    sector: 'swasta',
    description: 'Provide access to financing for starting a business.',
    contributions: ['finansial'],
  },
  {
    id: 'umkm',
    name: 'Micro, small and medium enterprises (MSMEs)',
    sector: 'komunitas-lokal',
    description: 'Take part in skills development programmes.',
    contributions: ['sdm'],
  },
] satisfies Content['partners'];

export const reasons = [
  {
    id: 'sumber-daya-lebih-banyak',
    title: 'More Resources',
    description:
      'By joining a partnership, the parties involved can reach larger resources, whether financial, technical or human.',
  },
  {
    id: 'berbagi-pengetahuan-dan-keterampilan',
    title: 'Sharing Knowledge and Skills',
    description:
      'Partnerships make it possible to exchange knowledge and skills that strengthen the capacity of every party.',
  },
  {
    id: 'meningkatkan-efisiensi',
    title: 'Greater Efficiency',
    description: 'Collaboration can reduce overlap and make the use of resources more efficient.',
  },
  {
    id: 'membangun-kepercayaan',
    title: 'Building Trust',
    description:
      'By working together, the parties involved build mutual trust, which is essential for a positive working atmosphere.',
  },
] satisfies Content['reasons'];

export const principles = [
  {
    id: 'visi-bersama',
    title: 'Shared Vision',
    description: 'All parties must share the same vision and goals to achieve the results they want.',
    prevents: 'perbedaan-tujuan-dan-visi',
  },
  {
    id: 'komunikasi-terbuka',
    title: 'Open Communication',
    description:
      'Good communication is the key to effectiveness in every partnership. Every party must feel comfortable sharing ideas and problems.',
    prevents: 'komunikasi-kurang-efektif',
  },
  {
    id: 'tanggung-jawab-bersama',
    title: 'Shared Responsibility',
    description:
      'Every party must take responsibility for carrying out the activities that have been agreed.',
    prevents: 'ketidakpuasan-pihak-tertentu',
  },
  {
    id: 'fleksibilitas',
    title: 'Flexibility',
    description: 'A partnership needs to be flexible to cope with the changes and challenges that may arise.',
  },
] satisfies Content['principles'];

export const partnerships = [
  {
    id: 'pertanian-berkelanjutan',
    title: 'Sustainable Farming Programme',
    summary:
      'One example of a successful partnership is the sustainable farming programme in rural areas. In Indonesia, many initiatives bring together local farmers, government agencies and non-governmental organisations to create more sustainable farming systems.',
    area: 'Rural areas',
    partners: ['petani-lokal', 'pemerintah-daerah', 'lembaga-pemerintah', 'lsm'],
    outcomes: [
      'Training and support in organic farming',
      'Farmers become more self-reliant and less dependent on chemicals',
    ],
  },
  {
    id: 'keberlanjutan-energi',
    title: 'Sustainable Energy',
    summary:
      'Partnerships between renewable energy providers and local communities are another good example of strengthening local resilience. In several regions, renewable energy companies build solar power plants and involve local residents in their construction and maintenance.',
    area: 'Several regions',
    partners: ['perusahaan-energi-terbarukan', 'masyarakat-setempat'],
    outcomes: ['New jobs are created', 'People gain better access to clean energy'],
  },
  {
    id: 'pendidikan-dan-pelatihan',
    title: 'Education and Training Programme',
    summary:
      'In education, partnerships between schools, government agencies and the private sector can produce training programmes that match the needs of the job market. For example, vocational high schools work with local companies to offer apprenticeships to their students.',
    area: 'Education',
    partners: ['sekolah-menengah-kejuruan', 'lembaga-pemerintah', 'perusahaan-lokal'],
    outcomes: [
      'Better quality of education',
      'Students are prepared to enter the world of work with relevant skills',
    ],
  },
] satisfies Content['partnerships'];

export const benefits = [
  {
    id: 'meningkatkan-kualitas-hidup',
    title: 'Better Quality of Life',
    description:
      'Programmes born of partnerships can raise people’s quality of life through better access to education, health care and other public services.',
    example:
      'For example, a health programme involving community health centres, health foundations and local residents can raise public awareness of health.',
    partners: ['puskesmas', 'yayasan-kesehatan', 'masyarakat-setempat'],
  },
  {
    id: 'pemberdayaan-ekonomi',
    title: 'Economic Empowerment',
    description:
      'Partnerships between local businesses, government and financial institutions can open up opportunities for people to start a business.',
    example:
      'Skills development programmes for micro, small and medium enterprises (MSMEs) can give people the chance to increase their income and create new jobs.',
    partners: ['pelaku-usaha-lokal', 'lembaga-pemerintah', 'lembaga-keuangan', 'umkm'],
  },
  {
    id: 'ketahanan-lingkungan',
    title: 'Environmental Resilience',
    description:
      'Through partnerships, environmental sustainability projects that manage resources efficiently can be put into practice.',
    example:
      'One example is a waste management programme in which residents take an active part in recycling and reducing waste.',
    partners: ['masyarakat-setempat'],
  },
] satisfies Content['benefits'];

export const challenges = [
  {
    id: 'perbedaan-tujuan-dan-visi',
    title: 'Different Goals and Visions',
    description: 'Differences in vision between partners can become a source of conflict.',
    solution:
      'To overcome this, it is important to hold in-depth discussions at the start of the partnership to align goals and expectations.',
    principle: 'visi-bersama',
  },
  {
    id: 'komunikasi-kurang-efektif',
    title: 'Ineffective Communication',
    description: 'A lack of communication can hold back the progress of a partnership.',
    solution:
      'Holding regular meetings and using the right communication tools are ways to improve the situation.',
    principle: 'komunikasi-terbuka',
  },
  {
    id: 'ketidakpuasan-pihak-tertentu',
    title: 'Dissatisfaction Among Some Parties',
    description: 'Each party may have different expectations.',
    solution:
      'Keeping the management and the results of the partnership transparent can help reduce dissatisfaction.',
    principle: 'tanggung-jawab-bersama',
  },
] satisfies Content['challenges'];

export const conclusion = {
  title: 'Conclusion',
  text: 'Strengthening local resilience through partnerships is a highly effective and strategic step. The good practices discussed here show that partnerships can bring many benefits to communities and give them the chance to thrive even in difficult conditions. From farming to education, almost every aspect of life can be strengthened through good partnerships. That is why it is important for everyone (government, organisations and the public) to build solid cooperation to strengthen local resilience.',
} satisfies Content['conclusion'];

export const faq = [
  {
    id: 'apa-itu-ketahanan-lokal',
    question: 'What is local resilience?',
    answer:
      'Local resilience is the ability of a community to face challenges and meet its own needs through the resources and capacities it has.',
  },
  {
    id: 'mengapa-kemitraan-penting',
    question: 'Why are partnerships important for local resilience?',
    answer:
      'Partnerships matter because they can provide larger resources, broaden knowledge, increase efficiency and build trust among the parties involved.',
  },
  {
    id: 'contoh-praktik-baik',
    question: 'What are some examples of good practice in partnerships?',
    answer:
      'Examples of good practice in partnerships include sustainable farming programmes, sustainable energy, and education and training programmes.',
  },
  {
    id: 'tantangan-kemitraan',
    question: 'What are the challenges in building partnerships?',
    answer:
      'Challenges include differing goals, ineffective communication and possible dissatisfaction among some parties. Building good communication and staying transparent are the keys to overcoming them.',
  },
  {
    id: 'cara-memulai-kemitraan',
    question: 'How do you start a partnership?',
    answer:
      'You can start a partnership by setting out a shared vision and goals, establishing open communication, and discussing what each party is responsible for in reaching those goals.',
  },
] satisfies Content['faq'];

export const callToAction = {
  title: 'Let’s build a better future together!',
  text: 'With all the potential and benefits on offer, now is the time for all of us to take part in building partnerships that strengthen local resilience.',
} satisfies Content['callToAction'];
