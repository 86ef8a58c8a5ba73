// @ts-check
// Accordion suite: N question/answer items; first render, opening one item, opening all.
import { faqItems } from '../data.js';
import { until, updated } from '../settle.js';
import { el, lit, shadowAll, shadowOne, spectrumTheme } from './dom.js';
import { faqQuestionButtons, faqShowAllButton } from './ours.js';

/** @typedef {ReturnType<typeof faqItems>} Items */

/** Peers that wrap each item in one element with an `open` property. */
function perItemElement(/** @type {string} */ tag, /** @type {string} */ header) {
  /** @type {import('./driver-types.js').Driver<Items>} */
  const driver = {
    tags: [tag],
    async render(stage, items) {
      const list = items.map((item) => el(tag, { summary: item.question }, [el('p', {}, [item.answer])]));
      stage.append(...list);
      await updated(list);
    },
    actions: {
      async toggle(stage) {
        const first = lit(/** @type {Element} */ (stage.querySelector(tag)));
        shadowOne(first, header).click();
        await until(() => first.open === true, `${tag} open`);
        await updated([first]);
      },
      async showAll(stage) {
        const all = Array.from(stage.querySelectorAll(tag), lit);
        for (const item of all) item.open = true;
        await updated(all);
      },
    },
  };
  return driver;
}

/** @type {import('./driver-types.js').Suite<Items>} */
export const suite = {
  data: faqItems,
  variants: {
    'native-details': {
      tags: [],
      async render(stage, items) {
        const fragment = document.createDocumentFragment();
        for (const item of items) {
          fragment.append(
            el('details', {}, [el('summary', {}, [item.question]), el('p', {}, [item.answer])]),
          );
        }
        stage.append(fragment);
        await Promise.resolve();
      },
      actions: {
        async toggle(stage) {
          const details = /** @type {HTMLDetailsElement} */ (stage.querySelector('details'));
          /** @type {HTMLElement} */ (details.querySelector('summary')).click();
          await until(() => details.open, 'details open');
        },
        async showAll(stage) {
          for (const details of stage.querySelectorAll('details')) details.open = true;
          await Promise.resolve();
        },
      },
    },

    'lit-min': {
      tags: ['bench-lit-accordion'],
      async render(stage, items) {
        const accordion = lit(el('bench-lit-accordion'));
        Object.assign(accordion, { items });
        stage.append(accordion);
        await accordion.updateComplete;
      },
      actions: {
        async toggle(stage) {
          const accordion = /** @type {Element} */ (stage.firstElementChild);
          shadowOne(accordion, 'summary').click();
          await until(
            () => shadowAll(accordion, 'details')[0]?.hasAttribute('open') === true,
            'details open',
          );
        },
        async showAll(stage) {
          const accordion = lit(/** @type {Element} */ (stage.firstElementChild));
          Object.assign(accordion, { allOpen: true });
          await accordion.updateComplete;
        },
      },
    },

    'kl-faq-accordion': {
      tags: ['kl-faq-accordion'],
      async render(stage, items) {
        const accordion = lit(el('kl-faq-accordion'));
        Object.assign(accordion, { content: { faq: items } });
        stage.append(accordion);
        await accordion.updateComplete;
        await until(() => faqQuestionButtons(accordion).length === items.length, 'all questions');
      },
      actions: {
        async toggle(stage) {
          const accordion = lit(/** @type {Element} */ (stage.firstElementChild));
          const [first] = faqQuestionButtons(accordion);
          if (!(first instanceof HTMLElement)) throw new Error('kl-faq-accordion shows no question.');
          first.click();
          await until(() => first.getAttribute('aria-expanded') === 'true', 'question expanded');
          await accordion.updateComplete;
        },
        async showAll(stage) {
          const accordion = lit(/** @type {Element} */ (stage.firstElementChild));
          faqShowAllButton(accordion).click();
          await until(
            () =>
              faqQuestionButtons(accordion).every(
                (button) => button.getAttribute('aria-expanded') === 'true',
              ),
            'every question expanded',
          );
          await accordion.updateComplete;
        },
      },
    },

    'sl-details': perItemElement('sl-details', 'summary, [part~="header"]'),
    'wa-details': perItemElement('wa-details', 'summary, [part~="header"]'),

    'sp-accordion': {
      tags: ['sp-theme', 'sp-accordion', 'sp-accordion-item'],
      stage: spectrumTheme,
      async render(stage, items) {
        const list = items.map((item) =>
          el('sp-accordion-item', { label: item.question }, [el('p', {}, [item.answer])]),
        );
        const accordion = el('sp-accordion', { 'allow-multiple': '' }, list);
        stage.append(accordion);
        await updated([accordion, ...list]);
      },
      actions: {
        async toggle(stage) {
          const first = lit(/** @type {Element} */ (stage.querySelector('sp-accordion-item')));
          shadowOne(first, 'button').click();
          await until(() => first.open === true, 'sp-accordion-item open');
          await updated([first]);
        },
        async showAll(stage) {
          const all = Array.from(stage.querySelectorAll('sp-accordion-item'), lit);
          for (const item of all) item.open = true;
          await updated(all);
        },
      },
    },
  },
};
