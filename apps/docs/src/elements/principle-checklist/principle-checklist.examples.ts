import { html, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  challengesSection,
  principlesHeaderSection,
  principlesSection,
  type ContentDocument,
} from '@ketahanan/model';
import type { Examples } from '../shared/example.js';
import { sectionHeaderExample } from '../shared/section-header.js';
import { unreachableSrcExample } from '../shared/unreachable-src.js';
import { errorAlert, expectToolbarLocale, renderedElement } from '../shared/shadow.js';
import { BROKEN_JSON, hostileTheme, inlineJson, longText, narrowColumn } from '../shared/situations.js';

export interface ChecklistArgs {
  name: string;
  disabled: boolean;
  persist: 'local' | 'none';
  'storage-key': string;
  'heading-level': number;
  'section-header': boolean;
  src: string;
  timeout: number;
  content: unknown;
  /** Set from script only (see "All checked"). */
  checked: readonly string[];
  /** `kl-change` handler (shown in the Actions panel). */
  onKlChange: (event: Event) => void;
  /** `kl-error` handler (shown in the Actions panel). */
  onKlError: (event: Event) => void;
}

const TAG = 'kl-principle-checklist';
const PRINCIPLE_IDS = principlesSection.defaults.id.map((principle) => principle.id);

async function checklist(canvasElement: HTMLElement) {
  const { host, root } = await renderedElement(canvasElement, TAG);
  const checkboxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const progress = root.querySelector('progress');
  const progressText = (): string => root.querySelector('[part~="progress"] label')?.textContent.trim() ?? '';
  const adviceFor = (id: string) => root.querySelector(`[part~="advice-item"][data-principle="${id}"]`);
  return { host, root, checkboxes, progress, progressText, adviceFor };
}

/** A page form around the checklist, showing what it would submit. */
function inForm(element: TemplateResult): TemplateResult {
  const show = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const output = form.querySelector('output');
    const ids = new FormData(form).getAll('prinsip').filter((value) => typeof value === 'string');
    if (output) output.value = ids.join(', ') || '—';
  };
  return html`<form class="kl-docs-form" @submit=${show}>
    ${element}
    <p>
      <button type="submit">Kirim / Submit</button>
      <button type="reset">Reset form</button>
    </p>
    <p>FormData <code>prinsip</code>: <output name="submitted">—</output></p>
  </form>`;
}

const ownPrinciples = {
  principles: [
    {
      id: 'rapat-rutin',
      title: 'Rapat rutin',
      description: 'Semua mitra bertemu setiap bulan dan mencatat keputusan bersama.',
    },
    {
      id: 'laporan-terbuka',
      title: 'Laporan keuangan terbuka',
      description: 'Setiap rupiah dana kemitraan dilaporkan kepada semua mitra dan warga.',
    },
  ],
} satisfies ContentDocument;

/** Every situation of kl-principle-checklist; principle-checklist.stories.ts turns each into a story. */
export const checklistExamples = {
  Default: {
    description:
      "The article's four principles, none checked yet: progress says 0 of 4, and the advice shows, for each missing principle, its related challenge and solution, or else its description.",
    play: async ({ canvasElement, globals }) => {
      const { host, checkboxes, progress, adviceFor } = await checklist(canvasElement);
      await expectToolbarLocale(host, globals);
      await expect(checkboxes).toHaveLength(4);
      await expect(progress).toHaveAttribute('max', '4');
      await expect(progress?.value).toBe(0);
      for (const id of PRINCIPLE_IDS) await expect(adviceFor(id)).toBeVisible();
    },
  },
  KeyboardToggle: {
    description:
      'Space checks the focused principle: progress and its text follow, the advice for it goes away, and the change is announced politely.',
    play: async ({ canvasElement }) => {
      const { root, checkboxes, progress, progressText, adviceFor } = await checklist(canvasElement);
      const [first] = checkboxes;
      if (!first) throw new Error('no checkbox');
      first.focus();
      await userEvent.keyboard(' ');
      await waitFor(() => expect(first).toBeChecked());
      await expect(progress?.value).toBe(1);
      await expect(progressText()).toMatch(/1\D+4/);
      await expect(adviceFor(PRINCIPLE_IDS[0] ?? '')).not.toBeVisible();
      const live = root.querySelector('[aria-live="polite"]');
      await waitFor(() => expect(live?.textContent).toMatch(/1\D+4/), { timeout: 3000 });
      await userEvent.keyboard(' ');
      await waitFor(() => expect(first).not.toBeChecked());
      await expect(progress?.value).toBe(0);
    },
  },
  AllChecked: {
    description: 'Every principle in place: 4 of 4, and a short confirmation instead of advice.',
    play: async ({ canvasElement }) => {
      const { host, root, progress } = await checklist(canvasElement);
      host.checked = PRINCIPLE_IDS;
      await host.updateComplete;
      await expect(progress?.value).toBe(4);
      await expect(root.querySelector('[part~="confirmation"]')).toBeVisible();
      await expect(root.querySelector('[part~="advice"]')).toBeNull();
    },
  },
  StorageKey: {
    description:
      'Two checklists with different `storage-key`s keep separate answers; a checklist created again with the same key gets its answers back (as after a reload).',
    args: { 'storage-key': 'docs-kecamatan-a' },
    frame: (element) =>
      html`${element}
        <kl-principle-checklist storage-key="docs-kecamatan-b" heading-level="4"></kl-principle-checklist>`,
    play: async ({ canvasElement }) => {
      const [first, second] = [...canvasElement.querySelectorAll(TAG)];
      if (!first || !second) throw new Error('expected two checklists');
      await first.updateComplete;
      const box = first.shadowRoot?.querySelector<HTMLInputElement>('input[type="checkbox"]');
      if (!box) throw new Error('no checkbox');
      box.focus();
      await userEvent.keyboard(' ');
      await waitFor(() => expect(first.checked).toEqual([PRINCIPLE_IDS[0]]));
      await expect(second.checked).toEqual([]);
      const again = document.createElement(TAG);
      again.setAttribute('storage-key', 'docs-kecamatan-a');
      canvasElement.append(again);
      await again.updateComplete;
      await expect(again.checked).toEqual([PRINCIPLE_IDS[0]]);
      again.remove();
    },
  },
  PersistNone: {
    description:
      '`persist="none"`: answers live only as long as the element (for shared or public computers).',
    args: { persist: 'none' },
    play: async ({ canvasElement }) => {
      const { host, checkboxes } = await checklist(canvasElement);
      checkboxes[0]?.focus();
      await userEvent.keyboard(' ');
      await waitFor(() => expect(host.checked).toHaveLength(1));
      const again = document.createElement(TAG);
      again.setAttribute('persist', 'none');
      canvasElement.append(again);
      await again.updateComplete;
      await expect(again.checked).toEqual([]);
      again.remove();
    },
  },
  FormUse: {
    description:
      'Inside a `<form>` with `name="prinsip"`: the checked principle ids are submitted like checkboxes, and the form\'s reset clears them.',
    args: { name: 'prinsip' },
    frame: inForm,
    play: async ({ canvasElement }) => {
      const { host, checkboxes } = await checklist(canvasElement);
      const form = canvasElement.querySelector('form');
      if (!form) throw new Error('no form');
      for (const box of checkboxes.slice(0, 2)) {
        box.focus();
        await userEvent.keyboard(' ');
      }
      await waitFor(() => expect(new FormData(form).getAll('prinsip')).toEqual(PRINCIPLE_IDS.slice(0, 2)));
      await userEvent.click(form.querySelector('button[type="submit"]') ?? form);
      await expect(form.querySelector('output')?.value).toBe(PRINCIPLE_IDS.slice(0, 2).join(', '));
      form.reset();
      await waitFor(() => expect(host.checked).toEqual([]));
      await expect(new FormData(form).getAll('prinsip')).toEqual([]);
    },
  },
  DisabledFieldset: {
    description: 'Inside a disabled `<fieldset>`, every checkbox and the reset button are disabled too.',
    frame: (element) =>
      html`<fieldset disabled>
        <legend>Formulir ditutup / Form closed</legend>
        ${element}
      </fieldset>`,
    play: async ({ canvasElement }) => {
      const { root, checkboxes } = await checklist(canvasElement);
      for (const box of checkboxes) await expect(box).toBeDisabled();
      await expect(root.querySelector('[part~="reset"]')).toBeDisabled();
    },
  },
  HeadingLevel: {
    description: '`heading-level="2"`: the advice heading is an `<h2>`.',
    args: { 'heading-level': 2 },
    play: async ({ canvasElement }) => {
      const { root } = await checklist(canvasElement);
      await expect(root.querySelector('h2[part~="advice-heading"]')).not.toBeNull();
    },
  },
  SectionHeader: sectionHeaderExample(
    'kl-principle-checklist',
    principlesHeaderSection.defaults,
    '[part="advice-heading"]',
    "`section-header`: the article's section title (`<h3>`, at `heading-level`) and the paragraph that opens it, above the checkboxes; the advice heading goes one deeper.",
  ),
  CustomContent: {
    description: "A network's own two principles, through the `content` property: progress counts 2.",
    args: { content: ownPrinciples },
    play: async ({ canvasElement }) => {
      const { checkboxes, progress } = await checklist(canvasElement);
      await expect(checkboxes).toHaveLength(2);
      await expect(progress).toHaveAttribute('max', '2');
    },
  },
  FallbackMarkup: {
    description:
      'Principles written as a `<ul>` inside the tag (`data-id`, optional `data-prevents`, a `<strong>` title and the description): a plain list with JavaScript off, checkboxes once the element upgrades. This is what `ketahanan snippet kl-principle-checklist` writes.',
    children: html`<ul>
      <li data-id="visi-bersama" data-prevents="perbedaan-tujuan-dan-visi">
        <strong>Tujuan desa yang sama</strong>: Pemdes, BUMDes dan karang taruna menyepakati satu tujuan
        tertulis.
      </li>
      <li data-id="rapat-rutin"><strong>Rapat rutin</strong>: Semua mitra bertemu setiap bulan.</li>
    </ul>`,
    play: async ({ canvasElement }) => {
      const { host, root, checkboxes, adviceFor } = await checklist(canvasElement);
      await expect(checkboxes.map((box) => box.labels?.[0]?.textContent.trim())).toEqual([
        'Tujuan desa yang sama',
        'Rapat rutin',
      ]);
      await expect(checkboxes.map((box) => box.dataset.principle)).toEqual(['visi-bersama', 'rapat-rutin']);
      // data-prevents links the principle to the article's challenge, which the advice names.
      await expect(adviceFor('visi-bersama')?.textContent).toContain(
        challengesSection.defaults[host.locale].find((item) => item.id === 'perbedaan-tujuan-dan-visi')
          ?.title,
      );
      await expect(root.querySelector('[role="alert"]')).toBeNull();
      // The list itself is no longer laid out (it has no slot to show in).
      await expect(canvasElement.querySelector('li')?.getClientRects()).toHaveLength(0);
    },
  },
  LongText: {
    description: 'Very long principle texts wrap inside the element; nothing scrolls sideways.',
    args: {
      content: {
        principles: [
          {
            id: 'prinsip-panjang',
            title: longText('Prinsip dengan judul yang sangat panjang', 1),
            description: longText('Deskripsinya juga panjang.'),
          },
        ],
      },
    },
    play: async ({ canvasElement }) => {
      const { host } = await checklist(canvasElement);
      await expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
    },
  },
  InvalidJson: {
    description: 'Inline JSON cut off mid-way: a localized alert instead of a checklist.',
    children: inlineJson(BROKEN_JSON.replace('"faq"', '"principles"')),
    play: async ({ canvasElement }) => {
      const { root } = await checklist(canvasElement);
      await expect(await errorAlert(root)).toBeVisible();
    },
  },
  SchemaError: {
    description:
      'A principle that prevents a challenge that does not exist: the alert names the place, `principles[0].prevents`.',
    args: {
      content: {
        principles: [
          { id: 'visi-bersama', title: 'Visi Bersama', description: 'Tujuan sama.', prevents: 'tidak-ada' },
        ],
      },
    },
    play: async ({ canvasElement }) => {
      const { root } = await checklist(canvasElement);
      await expect(await errorAlert(root)).toHaveTextContent('principles[0].prevents');
    },
  },
  UnreachableSrc: unreachableSrcExample('kl-principle-checklist'),
  NarrowContainer: {
    description: 'In a 320 px column the principles, progress and advice stack and wrap.',
    frame: narrowColumn,
    play: async ({ canvasElement }) => {
      const { host } = await checklist(canvasElement);
      await expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
    },
  },
  HostileHostCss: {
    description:
      'Inside a theme that unsets buttons, removes focus outlines, restyles inputs and shows `[hidden]`: the checklist looks and works the same.',
    frame: hostileTheme,
    play: async ({ canvasElement }) => {
      const { checkboxes, progress } = await checklist(canvasElement);
      const [first] = checkboxes;
      if (!first) throw new Error('no checkbox');
      first.focus();
      await userEvent.keyboard(' ');
      await waitFor(() => expect(progress?.value).toBe(1));
      await expect(getComputedStyle(first).outlineStyle).not.toBe('none');
    },
  },
} satisfies Examples<ChecklistArgs>;
