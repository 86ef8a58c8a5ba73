/**
 * While the script has not run (slow network, blocked, JavaScript off), a snippet's fallback sits in the host's
 * content column exactly where the upgraded widget will: the snippet wraps the element in a block of its own, so
 * a theme's column rules apply before upgrade too. Measured in a frame with a strict Content-Security-Policy
 * (no inline script; the host's stylesheet allowed only by its hash), as on a hardened government site.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../define/faq-accordion.js';
import { createElementMarkup, createSnippet } from '../index.js';
import { parseSnippet } from './parse-snippet.js';

/** A block theme's constrained layout: every direct child of the content is a centred, narrower column. */
const HOST_CSS = '.content { width: 640px; } .content > * { max-width: 320px; margin-inline: auto; }';
const BLOCKED_CSS = '.probe { display: none; }';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/** The snippet without its script tag: the moment before the script runs. */
function withoutScript(html: string): string {
  const body = parseSnippet(html).body;
  body.querySelectorAll('script').forEach((script) => {
    script.remove();
  });
  return body.innerHTML;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** A frame holding `markup` in the host's content column, under `default-src 'none'` and a hashed style. */
async function strictFrame(markup: string): Promise<Document> {
  const policy = `default-src 'none'; style-src 'sha256-${await sha256(HOST_CSS)}'`;
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${policy}">
<style>${HOST_CSS}</style><style>${BLOCKED_CSS}</style>
<div class="content"><p class="probe">probe</p>${markup}</div>`;
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const frameDocument = frame.contentDocument;
  if (!frameDocument) throw new Error('the frame has no document');
  return frameDocument;
}

const widthsOf = (root: ParentNode, selector: string): number[] =>
  [...root.querySelectorAll(selector)].map((element) => Math.round(element.getBoundingClientRect().width));

describe('the fallback before upgrade, under a strict CSP', () => {
  it('the policy is in force: the hashed host stylesheet applies, any other style is refused', async () => {
    const frame = await strictFrame('');
    expect(widthsOf(frame, '.content')).toEqual([640]);
    expect(frame.querySelector('.probe')?.getClientRects()).toHaveLength(1);
  });

  it.each(['id', 'en'] as const)(
    'lays out as a block in the theme’s column, as wide as the upgraded widget (%s)',
    async (locale) => {
      const snippet = createSnippet({ tag: 'kl-faq-accordion', locale, version: '1.2.3', integrity: null });
      expect(snippet).not.toMatch(/\sstyle=|<style/);
      const frame = await strictFrame(withoutScript(snippet));
      expect(frame.defaultView?.customElements.get('kl-faq-accordion')).toBeUndefined();
      const fallbackWidths = widthsOf(frame, 'kl-faq-accordion > details');
      expect(fallbackWidths.length).toBeGreaterThan(0);
      expect(new Set(fallbackWidths)).toEqual(new Set([320]));

      // The same markup once the element is defined (this document has the script), in the same column.
      const host = document.createElement('div');
      host.innerHTML = `<style>${HOST_CSS}</style><div class="content">${withoutScript(snippet)}</div>`;
      document.body.append(host);
      try {
        expect(widthsOf(host, 'kl-faq-accordion')).toEqual([320]);
      } finally {
        host.remove();
      }
    },
  );

  it('a bare element would not: its inline box escapes the column rules (what the wrapper prevents)', async () => {
    const frame = await strictFrame(createElementMarkup({ tag: 'kl-faq-accordion' }));
    expect(new Set(widthsOf(frame, 'kl-faq-accordion > details'))).toEqual(new Set([640]));
  });
});
