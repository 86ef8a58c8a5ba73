import { afterEach, describe, expect, it } from 'vitest';
import { html } from 'lit';
import hostileCss from '../../../test/hostile.css?inline';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanupFixtures } from '../../../test/fixture.js';
import type { KlPartnerCards } from '../partner-cards.js';
import { filterSelect, guardPage, mountCards, root, shownItems } from './partner-cards-fixture.js';

guardPage();

let theme: HTMLStyleElement | undefined;

function applyHostileTheme(): void {
  theme = document.createElement('style');
  theme.textContent = hostileCss;
  document.head.append(theme);
}

afterEach(() => {
  theme?.remove();
  theme = undefined;
});

const partners = {
  partners: [
    {
      id: 'a',
      name: 'Dinas Sosial',
      sector: 'pemerintah',
      area: 'Kota Lestari',
      url: 'https://dinsos.example',
    },
    {
      id: 'b',
      name: 'Bank Desa',
      sector: 'swasta',
      area: 'Desa Mekar',
      contributions: ['finansial', 'teknis'],
    },
  ],
};

/** What a reader would notice about the cards' look. */
function measure(cards: KlPartnerCards): Record<string, string> {
  const style = (element: Element | null | undefined, ...properties: string[]) => {
    if (!element) throw new Error('element expected');
    const rect = element.getBoundingClientRect();
    const computed = getComputedStyle(element);
    return `${rect.width.toFixed(1)}×${rect.height.toFixed(1)} ${properties.map((name) => `${name}=${computed.getPropertyValue(name)}`).join(' ')}`;
  };
  const shadow = root(cards);
  return {
    host: style(cards, 'font-size', 'line-height', 'font-family', 'color'),
    name: style(shadow.querySelector('.card__name'), 'font-size', 'text-transform', 'letter-spacing'),
    link: style(shadow.querySelector('.card__link'), 'text-decoration-line', 'color'),
    list: style(shadow.querySelector('.list'), 'list-style-type', 'padding-inline-start'),
    facts: style(shadow.querySelector('.card__facts'), 'font-size'),
    select: style(filterSelect(cards, 'sector'), 'font-size'),
  };
}

const mount = () =>
  mountCards(
    html`<kl-partner-cards lang="id" style="inline-size: 40em" .content=${partners}></kl-partner-cards>`,
  );

describe('on a page whose CMS theme ships hostile global CSS', () => {
  it('looks exactly the same, size for size', async () => {
    const plain = measure(await mount());
    cleanupFixtures();
    applyHostileTheme();
    expect(getComputedStyle(document.documentElement).fontSize).toBe('10px');
    expect(measure(await mount())).toEqual(plain);
  });

  it('keeps filtered-out cards hidden despite [hidden]{display:block!important}, even through ::part', async () => {
    applyHostileTheme();
    // The one way a page's rule reaches into our shadow root. Filtering sets only `hidden` (no aria-hidden),
    // so an item shown by such a rule would be seen and read out.
    theme?.append('kl-partner-cards::part(item) { display: block !important; }');
    const cards = await mount();
    cards.sector = 'swasta';
    await cards.updateComplete;
    const [out, kept] = [...root(cards).querySelectorAll('.list > li')];
    expect(out?.querySelector('.card')?.checkVisibility()).toBe(false);
    expect(out?.getBoundingClientRect().height).toBe(0);
    expect(kept?.querySelector('.card')?.checkVisibility()).toBe(true);
    expect(shownItems(cards)).toHaveLength(1);
    await expectNoAxeViolations(cards);
  });

  it('keeps a visible focus ring on the filter despite *:focus{outline:none}', async () => {
    applyHostileTheme();
    const cards = await mount();
    const select = filterSelect(cards, 'sector');
    select.focus({ focusVisible: true });
    expect(getComputedStyle(select).outlineStyle).toBe('solid');
  });
});

describe('with hostile content', () => {
  const trap = window as Window & { __pwned?: boolean };
  const evil = '<img src=x onerror="window.__pwned=true"><script>window.__pwned=true</script>{{x}}${x}';

  it('shows markup, templates and scripts in content as text, and runs nothing', async () => {
    const content = {
      partners: [
        {
          id: 'evil',
          name: evil,
          sector: 'swasta',
          description: evil,
          area: evil,
          url: 'javascript:window.__pwned=true',
          logo: 'javascript:window.__pwned=true',
        },
      ],
    };
    const cards = await mountCards(html`<kl-partner-cards .content=${content}></kl-partner-cards>`);
    const card = shownItems(cards)[0];
    expect(card?.querySelector('.card__name')?.textContent).toBe(evil);
    expect(card?.querySelector('.card__description')?.textContent).toBe(evil);
    expect(root(cards).querySelectorAll('.list img, .list script, .list a')).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(trap.__pwned).toBeUndefined();
  });

  it('wraps a 20,000-character name and right-to-left text inside the card', async () => {
    const content = {
      partners: [
        { id: 'long', name: 'A'.repeat(20_000), sector: 'swasta', area: 'مؤسسة التنمية'.repeat(50) },
        { id: 'zw', name: `Mitra\u200b\u0301\u{1F91D}${'x\u200b'.repeat(500)}`, sector: 'swasta' },
      ],
    };
    const cards = await mountCards(
      html`<kl-partner-cards style="inline-size: 30em" .content=${content}></kl-partner-cards>`,
    );
    for (const item of shownItems(cards)) {
      const card = item.querySelector('.card');
      if (!card) throw new Error('no card');
      expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
      expect(card.getBoundingClientRect().right).toBeLessThanOrEqual(
        cards.getBoundingClientRect().right + 0.5,
      );
    }
  });
});
