/**
 * In a browser without constructable style sheets (`adoptedStyleSheets`: Chrome < 73, Firefox < 101,
 * Safari < 16.4) Lit puts our styles in <style> elements inside each shadow root. They must look the
 * same, and keep their looks when moved to another document (a frame, a print window), which our
 * adopted-sheet repair (document-styles.ts) must then leave alone.
 */
import './without-adopted-style-sheets.js';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { html } from 'lit';
import '../../index.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import { restoreEngine } from '../../../test/older-engine.js';
import { loaded, place, removePlaced } from '../../../test/hardening/widgets.js';

afterEach(() => {
  cleanupFixtures();
  removePlaced();
});
afterAll(restoreEngine);

/** Host laid out as a block, inner boxes border-box, text in the light palette: our styles apply. */
function looks(widget: Element): [string, string, string] {
  const inner = widget.shadowRoot?.querySelector('*:not(style)');
  return [
    getComputedStyle(widget).display,
    inner ? getComputedStyle(inner).boxSizing : 'no content',
    getComputedStyle(widget).color,
  ];
}

describe('without constructable style sheets (Safari < 16.4)', () => {
  it('styles every element with <style> elements, as with adopted sheets', async () => {
    expect('adoptedStyleSheets' in document).toBe(false);
    const page = await fixture<HTMLDivElement>(
      html`<div style="--kl-color-scheme: light">
        <kl-faq-accordion lang="id"></kl-faq-accordion>
        <kl-challenge-explorer lang="id"></kl-challenge-explorer>
        <kl-principle-checklist lang="id"></kl-principle-checklist>
        <kl-partner-cards lang="id"></kl-partner-cards>
        <kl-partner-card lang="id" name="Bank Desa" sector="swasta"></kl-partner-card>
      </div>`,
    );
    for (const widget of page.children) {
      await loaded(widget);
      expect(widget.shadowRoot?.querySelector('style'), widget.localName).not.toBeNull();
      expect([widget.localName, ...looks(widget)]).toEqual([
        widget.localName,
        'block',
        'border-box',
        'rgb(27, 31, 36)',
      ]);
    }
    await expectNoAxeViolations(page);
  });

  it('keeps its looks in a frame’s document and back', async () => {
    const faq = place(document.createElement('kl-faq-accordion'));
    faq.style.setProperty('--kl-color-scheme', 'light');
    await loaded(faq);
    const frame = place(document.createElement('iframe'));
    const frameDocument = frame.contentDocument;
    if (!frameDocument) throw new Error('no frame document');
    frameDocument.body.append(faq);
    await loaded(faq);
    expect(looks(faq)).toEqual(['block', 'border-box', 'rgb(27, 31, 36)']);
    place(faq);
    await loaded(faq);
    expect(looks(faq)).toEqual(['block', 'border-box', 'rgb(27, 31, 36)']);
  });
});
