// @ts-check
// Cards suite: N partner cards; first render, then filtering to one sector.
import { SECTORS, partners } from '../data.js';
import { until, updated } from '../settle.js';
import { el, lit, spectrumTheme } from './dom.js';
import { cardsSectorSelect, visibleCards } from './ours.js';

/** @typedef {ReturnType<typeof partners>} Items */

/** The sector every filter picks: the second, so the first card disappears. */
const FILTER_SECTOR = /** @type {string} */ (SECTORS[1]);

/** Native and peer floors filter the same way a page script would: hide the cards that do not match. */
async function hideOthers(/** @type {HTMLElement} */ stage) {
  for (const item of stage.querySelectorAll('li')) item.hidden = item.dataset.sector !== FILTER_SECTOR;
  await Promise.resolve();
}

/**
 * @param {string[]} tags
 * @param {(partner: Items[number]) => HTMLElement} card
 * @param {boolean} [spectrum]
 * @returns {import('./driver-types.js').Driver<Items>}
 */
function cardList(tags, card, spectrum = false) {
  return {
    tags: spectrum ? ['sp-theme', ...tags] : tags,
    ...(spectrum ? { stage: spectrumTheme } : {}),
    async render(stage, items) {
      const cards = items.map(card);
      stage.append(
        el(
          'ul',
          { class: 'cards' },
          cards.map((one, i) =>
            el('li', { 'data-sector': /** @type {Items[number]} */ (items[i]).sector }, [one]),
          ),
        ),
      );
      await updated(cards.filter((one) => one.localName.includes('-')));
    },
    actions: {
      async filter(stage) {
        await hideOthers(stage);
      },
    },
  };
}

/** @type {import('./driver-types.js').Suite<Items>} */
export const suite = {
  data: partners,
  variants: {
    'native-cards': cardList([], (partner) =>
      el('article', {}, [
        el('h3', {}, [partner.name]),
        el('p', {}, [partner.sector]),
        el('p', {}, [partner.description]),
        el('p', {}, [partner.area]),
      ]),
    ),

    'kl-partner-cards': {
      tags: ['kl-partner-cards'],
      async render(stage, items) {
        const cards = lit(el('kl-partner-cards'));
        Object.assign(cards, { content: { partners: items } });
        stage.append(cards);
        await cards.updateComplete;
        await until(() => visibleCards(cards).length === items.length, 'all cards');
      },
      actions: {
        async filter(stage, items) {
          const cards = lit(/** @type {Element} */ (stage.firstElementChild));
          const select = cardsSectorSelect(cards);
          select.value = FILTER_SECTOR;
          select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
          const expected = items.filter((partner) => partner.sector === FILTER_SECTOR).length;
          await until(() => visibleCards(cards).length === expected, 'filtered cards');
          await cards.updateComplete;
        },
      },
    },

    'sl-card': cardList(['sl-card'], (partner) =>
      el('sl-card', {}, [
        el('strong', { slot: 'header' }, [partner.name]),
        el('p', {}, [partner.description]),
        el('small', { slot: 'footer' }, [`${partner.sector} · ${partner.area}`]),
      ]),
    ),
    'wa-card': cardList(['wa-card'], (partner) =>
      el('wa-card', {}, [
        el('strong', { slot: 'header' }, [partner.name]),
        el('p', {}, [partner.description]),
        el('small', { slot: 'footer' }, [`${partner.sector} · ${partner.area}`]),
      ]),
    ),
    'sp-card': cardList(
      ['sp-card'],
      (partner) =>
        el('sp-card', { heading: partner.name, subheading: `${partner.sector} · ${partner.area}` }, [
          el('div', { slot: 'description' }, [partner.description]),
        ]),
      true,
    ),
  },
};
