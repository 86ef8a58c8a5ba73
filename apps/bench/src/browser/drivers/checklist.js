// @ts-check
// Checklist suite: N principles as checkboxes; first render, then ticking the first one by click.
import { principles } from '../data.js';
import { until, updated } from '../settle.js';
import { el, lit, shadowOne, spectrumTheme } from './dom.js';
import { checklistBoxes } from './ours.js';

/** @typedef {ReturnType<typeof principles>} Items */

/** Shoelace, Web Awesome and Spectrum checkboxes: the inner native input takes the click. */
function peerCheckbox(/** @type {string} */ tag, /** @type {boolean} */ spectrum = false) {
  /** @type {import('./driver-types.js').Driver<Items>} */
  const driver = {
    tags: spectrum ? ['sp-theme', tag] : [tag],
    ...(spectrum ? { stage: spectrumTheme } : {}),
    async render(stage, items) {
      const boxes = items.map((item) => el(tag, {}, [item.title]));
      const fieldset = el('fieldset', {}, [
        el('legend', {}, ['Prinsip dasar kemitraan yang efektif']),
        ...boxes.flatMap((box, i) => [
          box,
          el('p', {}, [/** @type {Items[number]} */ (items[i]).description]),
        ]),
      ]);
      stage.append(fieldset);
      await updated(boxes);
    },
    actions: {
      async check(stage) {
        const first = lit(/** @type {Element} */ (stage.querySelector(tag)));
        shadowOne(first, 'input').click();
        await until(() => first.checked === true, `${tag} checked`);
        await updated([first]);
      },
    },
  };
  return driver;
}

/** @type {import('./driver-types.js').Suite<Items>} */
export const suite = {
  data: principles,
  variants: {
    'native-checkboxes': {
      tags: [],
      async render(stage, items) {
        const fieldset = el('fieldset', {}, [el('legend', {}, ['Prinsip dasar kemitraan yang efektif'])]);
        items.forEach((item, i) => {
          fieldset.append(
            el('label', {}, [
              el('input', { type: 'checkbox', 'aria-describedby': `d-${i}` }),
              ` ${item.title}`,
            ]),
            el('p', { id: `d-${i}` }, [item.description]),
          );
        });
        stage.append(fieldset);
        await Promise.resolve();
      },
      actions: {
        async check(stage) {
          const box = /** @type {HTMLInputElement} */ (stage.querySelector('input'));
          box.click();
          await until(() => box.checked, 'checked');
        },
      },
    },

    'kl-principle-checklist': {
      tags: ['kl-principle-checklist'],
      async render(stage, items) {
        // Nothing stored between runs: every round starts unticked.
        const checklist = lit(el('kl-principle-checklist', { persist: 'none' }));
        Object.assign(checklist, { content: { principles: items } });
        stage.append(checklist);
        await checklist.updateComplete;
        await until(() => checklistBoxes(checklist).length === items.length, 'all checkboxes');
      },
      actions: {
        async check(stage) {
          const checklist = lit(/** @type {Element} */ (stage.firstElementChild));
          const first = /** @type {HTMLInputElement | undefined} */ (checklistBoxes(checklist)[0]);
          if (!first) throw new Error('kl-principle-checklist shows no checkbox.');
          first.click();
          await until(() => first.checked, 'checked');
          await checklist.updateComplete;
        },
      },
    },

    'sl-checkbox': peerCheckbox('sl-checkbox'),
    'wa-checkbox': peerCheckbox('wa-checkbox'),
    'sp-checkbox': peerCheckbox('sp-checkbox', true),
  },
};
