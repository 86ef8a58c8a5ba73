/** Every property and attribute of kl-principle-checklist, used the way frameworks use it (see property-contract.ts). */
import { afterEach, beforeEach } from 'vitest';
import { principlesHeaderSection, principlesSection } from '@ketahanan/model';
import {
  contentContracts,
  attributeContract,
  describeLanguageContract,
  describePropertyContracts,
  describeTimeoutContract,
  sectionHeaderContract,
  type PropertyContract,
} from '../../../test/property-contract.js';
import '../../define/principle-checklist.js';
import { encodeAnswers, storageKeyFor } from '../answers-store.js';
import type { KlPrincipleChecklist } from '../principle-checklist.js';
import { checkboxes, forgetStoredAnswers, resetButton, ticks } from './principle-checklist-fixture.js';

interface Principles {
  principles: { id: string; title: string; description: string }[];
}

const principle = (id: string, title: string) => ({ id, title, description: `${title}: uraian.` });
const documents: [Principles, Principles] = [
  { principles: [principle('gotong-royong', 'Gotong royong'), principle('musyawarah', 'Musyawarah')] },
  { principles: [principle('keterbukaan', 'Keterbukaan')] },
];

const ids = principlesSection.defaults.id.map((item) => item.id);
const titlesOf = (locale: 'id' | 'en') => principlesSection.defaults[locale].map((item) => item.title);
const labels = (checklist: KlPrincipleChecklist) =>
  [...(checklist.shadowRoot?.querySelectorAll('[part="label"]') ?? [])].map((label) =>
    label.textContent.trim(),
  );
const ticked = (...checked: string[]) => ids.map((id) => checked.includes(id));

/** Every checklist here keeps its answers under this key (set before each contract), holding `fleksibilitas`. */
const KEY = 'kontrak';
const storedAt = (key: string, checked: string[]) => {
  localStorage.setItem(storageKeyFor(location.pathname, key), encodeAnswers(checked));
};

beforeEach(() => {
  forgetStoredAnswers();
  storedAt(KEY, ['fleksibilitas']);
  storedAt('kunci-a', ['visi-bersama']);
  storedAt('kunci-b', ['visi-bersama', 'komunikasi-terbuka']);
});
afterEach(forgetStoredAnswers);

const contracts: PropertyContract<KlPrincipleChecklist>[] = [
  ...contentContracts<KlPrincipleChecklist, Principles>(documents, labels, (document, locale) =>
    document ? document.principles.map((item) => item.title) : titlesOf(locale),
  ),
  {
    name: 'checked',
    values: [['visi-bersama'], ['komunikasi-terbuka', 'tanggung-jawab-bersama']],
    set: (checklist, checked: string[]) => {
      checklist.checked = checked;
    },
    shown: ticks,
    expected: (checked?: string[]) => ticked(...(checked ?? [])),
  },
  {
    name: 'name',
    values: ['prinsip', 'jawaban'],
    set: (checklist, name: string) => {
      checklist.name = name;
    },
    unset: (checklist) => {
      checklist.removeAttribute('name');
    },
    // What the form submits: the stored answer under the checklist's name.
    shown: (checklist) => [...new FormData(checklist.closest('form') ?? undefined)],
    expected: (name?: string) => (name ? [[name, 'fleksibilitas']] : []),
  },
  {
    name: 'disabled',
    values: [true, false],
    set: (checklist, disabled: boolean) => {
      checklist.disabled = disabled;
    },
    unset: (checklist) => {
      checklist.removeAttribute('disabled');
    },
    shown: (checklist) => [
      ...checkboxes(checklist).map((box) => box.matches(':disabled')),
      resetButton(checklist)?.disabled,
    ],
    expected: (disabled?: boolean) => Array<boolean>(ids.length + 1).fill(disabled ?? false),
  },
  attributeContract('persist', ['none', 'local'], ticks, (persist?: string) =>
    persist === 'none' ? ticked() : ticked('fleksibilitas'),
  ),
  // Without a key, the answers are the page's own (none stored for this page).
  attributeContract('storage-key', ['kunci-a', 'kunci-b'], ticks, (key) =>
    key === 'kunci-a'
      ? ticked('visi-bersama')
      : key === 'kunci-b'
        ? ticked('visi-bersama', 'komunikasi-terbuka')
        : ticked(),
  ),
  attributeContract(
    'heading-level',
    ['2', '4'],
    (checklist) => checklist.shadowRoot?.querySelector('[part="advice-heading"]')?.localName,
    (level?: string) => `h${level ?? '3'}`,
  ),
  sectionHeaderContract(
    (locale) => principlesHeaderSection.defaults[locale],
    (checklist) => checklist.shadowRoot?.querySelector('[part="advice-heading"]'),
  ),
];

const options = {
  parent: 'form',
  prepare: (checklist: KlPrincipleChecklist) => {
    checklist.storageKey = KEY;
  },
} as const;

describePropertyContracts('kl-principle-checklist', contracts, options);

describeLanguageContract(
  'kl-principle-checklist',
  (checklist) => [
    checklist.shadowRoot?.querySelector('[part="legend"]')?.textContent.trim(),
    labels(checklist)[0],
  ],
  (locale) => [
    locale === 'id' ? 'Prinsip yang sudah terpenuhi' : 'Principles already in place',
    titlesOf(locale)[0],
  ],
  options,
);

describeTimeoutContract('kl-principle-checklist');
