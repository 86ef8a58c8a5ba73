// @ts-check
// Tabs suite: N challenges as tabs; first render, then selecting the second tab by click.
import { challenges } from '../data.js';
import { until, updated } from '../settle.js';
import { el, lit, spectrumTheme } from './dom.js';
import { explorerTabs } from './ours.js';

/** @typedef {ReturnType<typeof challenges>} Items */

/** The native floor: APG tabs written by hand, one listener on the tablist. */
function renderNativeTabs(/** @type {HTMLElement} */ stage, /** @type {Items} */ items) {
  const tablist = el('div', { role: 'tablist', 'aria-label': 'Tantangan' });
  const panels = items.map((item, i) =>
    el('div', { role: 'tabpanel', id: `panel-${i}`, 'aria-labelledby': `tab-${i}`, tabindex: '0' }, [
      el('p', {}, [item.description]),
      el('p', {}, [item.solution]),
    ]),
  );
  tablist.append(
    ...items.map((item, i) =>
      el(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `tab-${i}`,
          'aria-controls': `panel-${i}`,
          'aria-selected': String(i === 0),
          tabindex: i === 0 ? '0' : '-1',
        },
        [item.title],
      ),
    ),
  );
  panels.forEach((panel, i) => {
    panel.hidden = i !== 0;
  });
  let selected = 0;
  tablist.addEventListener('click', (event) => {
    const tab = event.target instanceof Element ? event.target.closest('[role="tab"]') : null;
    if (!tab) return;
    const index = Number(tab.id.slice(4));
    const previous = tablist.children[selected];
    previous?.setAttribute('aria-selected', 'false');
    previous?.setAttribute('tabindex', '-1');
    /** @type {HTMLElement} */ (panels[selected]).hidden = true;
    tab.setAttribute('aria-selected', 'true');
    tab.setAttribute('tabindex', '0');
    /** @type {HTMLElement} */ (panels[index]).hidden = false;
    selected = index;
  });
  stage.append(tablist, ...panels);
}

/** Shoelace and Web Awesome share the tab-group API. */
function tabGroup(/** @type {'sl' | 'wa'} */ prefix) {
  /** @type {import('./driver-types.js').Driver<Items>} */
  const driver = {
    tags: [`${prefix}-tab-group`, `${prefix}-tab`, `${prefix}-tab-panel`],
    async render(stage, items) {
      const tabs = items.map((item, i) => el(`${prefix}-tab`, { slot: 'nav', panel: `t${i}` }, [item.title]));
      const panels = items.map((item, i) =>
        el(`${prefix}-tab-panel`, { name: `t${i}` }, [
          el('p', {}, [item.description]),
          el('p', {}, [item.solution]),
        ]),
      );
      const group = el(`${prefix}-tab-group`, {}, [...tabs, ...panels]);
      stage.append(group);
      await updated([group, ...tabs, ...panels]);
    },
    actions: {
      async tab(stage) {
        const tabs = Array.from(stage.querySelectorAll(`${prefix}-tab`));
        const second = /** @type {HTMLElement} */ (tabs[1]);
        second.click();
        await until(
          () => second.getAttribute('aria-selected') === 'true' || second.hasAttribute('active'),
          'tab selected',
        );
        await updated([/** @type {Element} */ (stage.firstElementChild), ...tabs]);
      },
    },
  };
  return driver;
}

/** @type {import('./driver-types.js').Suite<Items>} */
export const suite = {
  data: challenges,
  variants: {
    'native-tabs': {
      tags: [],
      async render(stage, items) {
        renderNativeTabs(stage, items);
        await Promise.resolve();
      },
      actions: {
        async tab(stage) {
          const second = /** @type {HTMLElement} */ (stage.querySelector('#tab-1'));
          second.click();
          await until(() => second.getAttribute('aria-selected') === 'true', 'tab selected');
        },
      },
    },

    'kl-challenge-explorer': {
      tags: ['kl-challenge-explorer'],
      async render(stage, items) {
        const explorer = lit(el('kl-challenge-explorer'));
        Object.assign(explorer, { content: { challenges: items } });
        stage.append(explorer);
        await explorer.updateComplete;
        await until(() => explorerTabs(explorer).length === items.length, 'all tabs');
      },
      actions: {
        async tab(stage) {
          const explorer = lit(/** @type {Element} */ (stage.firstElementChild));
          const second = explorerTabs(explorer)[1];
          if (!(second instanceof HTMLElement)) throw new Error('kl-challenge-explorer has no second tab.');
          second.click();
          await until(() => second.getAttribute('aria-selected') === 'true', 'tab selected');
          await explorer.updateComplete;
        },
      },
    },

    'sl-tab-group': tabGroup('sl'),
    'wa-tab-group': tabGroup('wa'),

    'sp-tabs': {
      tags: ['sp-theme', 'sp-tabs', 'sp-tab', 'sp-tab-panel'],
      stage: spectrumTheme,
      async render(stage, items) {
        const tabs = items.map((item, i) => el('sp-tab', { label: item.title, value: `t${i}` }));
        const panels = items.map((item, i) =>
          el('sp-tab-panel', { value: `t${i}` }, [
            el('p', {}, [item.description]),
            el('p', {}, [item.solution]),
          ]),
        );
        const group = el('sp-tabs', { selected: 't0', label: 'Tantangan' }, [...tabs, ...panels]);
        stage.append(group);
        await updated([group, ...tabs, ...panels]);
      },
      actions: {
        async tab(stage) {
          const group = lit(/** @type {Element} */ (stage.querySelector('sp-tabs')));
          const second = /** @type {HTMLElement} */ (stage.querySelectorAll('sp-tab')[1]);
          second.click();
          await until(() => /** @type {{ selected?: string }} */ (group).selected === 't1', 'tab selected');
          await updated([group, ...stage.querySelectorAll('sp-tab')]);
        },
      },
    },
  },
};
