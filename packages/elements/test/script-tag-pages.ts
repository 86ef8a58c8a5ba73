import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { createScriptTag, type IntegrityManifest } from '../src/snippet/index.js';
import { assertSnippetTag } from '../src/snippet/widgets.js';

const cdnFolder = fileURLToPath(new URL('../dist/cdn/', import.meta.url));

/**
 * Test-only pages loading the built script-tag files as a site would (test/cdn-build/), served with a real
 * Content-Security-Policy header (a `<meta>` policy would not do: `trusted-types` is honoured only in the
 * header):
 *   /__kl/tt-page?csp=<policy>&module=<a,b>&classic=<a>&split=<a,b>&tamper=<file>&reversed=1
 *                 &host-policy=1&folder=cdn-tampered&fallback=0&before=<folder>/<file>
 *     a page under that policy loading the built `dist/cdn/<a>.js` files (as modules, or classic), with one
 *     FAQ accordion holding a no-JS fallback of the page's own (so the widget loads site-content.js);
 *     `split=<a,b>` pastes the split layout's tags of those elements as `createScriptTag` writes them
 *     (pinned by integrity.json; one challenge explorer too when `a` or `b` is it), `tamper=split/core.js`
 *     loads that one file from the tampered folder, `reversed=1` writes each paste's tags in reverse order;
 *     `fallback=0` leaves the accordion empty (the built-in FAQ); `host-policy=1` makes the page create its
 *     own `lit-html` policy first, as a page running its own Lit would; `folder=cdn-tampered` loads the
 *     files from there; `before=cdn-tampered/site-content` loads that file (without integrity) before all
 *     others (`before=cdn/site-content?ver=1.0` with a query, as WordPress writes its tags). The page records uncaught errors, unhandled rejections and `securitypolicyviolation` events
 *     and console warnings in `window.ttReport`, and what the accordion's first render showed (its loading
 *     line, how many questions) in `window.firstRender`.
 *   /__kl/cdn/<file>.js            a built script-tag file, byte for byte (no Vite transform)
 *   /__kl/cdn-tampered/<file>.js   the same, but site-content.js and the split layout's files with one
 *     statement added on the way (it sets `window.tampered`): what a compromised host or proxy would serve
 */
/**
 * The tags a site pastes for one element of the split layout, written by the snippet itself from the built
 * integrity.json; `tamper` names a file to load from the tampered folder instead (its hash is unchanged).
 */
function splitTags(element: string, query: URLSearchParams): string {
  const manifest = JSON.parse(readFileSync(`${cdnFolder}integrity.json`, 'utf8')) as IntegrityManifest;
  const tag = `kl-${element}`;
  assertSnippetTag(tag);
  const tags = createScriptTag({
    version: manifest.version,
    integrity: manifest,
    bundle: tag,
    layout: 'split',
    baseUrl: '/__kl/cdn/',
  }).split('\n');
  if (query.get('reversed') === '1') tags.reverse();
  const tamper = query.get('tamper');
  return tags
    .map((line) => (tamper ? line.replace(`/__kl/cdn/${tamper}`, `/__kl/cdn-tampered/${tamper}`) : line))
    .join('\n');
}

export function scriptTagPages(): Plugin {
  return {
    name: 'kl-script-tag-pages',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const [, folder, cdnFile] =
          /^\/__kl\/(cdn|cdn-tampered)\/((?:split\/)?[\w-]+(?:\.[\w-]+)*\.js)$/.exec(url.pathname) ?? [];
        if (cdnFile) {
          response.setHeader('content-type', 'text/javascript; charset=utf-8');
          const bytes = readFileSync(`${cdnFolder}${cdnFile}`, 'utf8');
          const tampered =
            folder === 'cdn-tampered' && (cdnFile === 'site-content.js' || cdnFile.startsWith('split/'));
          response.end(tampered ? `${bytes}\n;window.tampered = true;` : bytes);
          return;
        }
        if (url.pathname !== '/__kl/tt-page') {
          next();
          return;
        }
        const list = (name: string) => (url.searchParams.get(name) ?? '').split(',').filter(Boolean);
        const from = url.searchParams.get('folder') === 'cdn-tampered' ? 'cdn-tampered' : 'cdn';
        const split = list('split');
        const [, before, query = ''] =
          /^((?:cdn|cdn-tampered)\/[\w-]+)(\?ver=[\w.]+)?$/.exec(url.searchParams.get('before') ?? '') ?? [];
        const scripts = [
          ...(before ? [`<script type="module" src="/__kl/${before}.js${query}"></script>`] : []),
          ...list('module').map((name) => `<script type="module" src="/__kl/${from}/${name}.js"></script>`),
          ...list('classic').map((name) => `<script defer src="/__kl/${from}/${name}.js"></script>`),
          ...split.map((name) => splitTags(name, url.searchParams)),
        ];
        const fallback =
          url.searchParams.get('fallback') === '0'
            ? ''
            : '<details id="cadangan"><summary>Pertanyaan cadangan?</summary>Jawaban cadangan.</details>';
        const hostPolicy =
          url.searchParams.get('host-policy') === '1'
            ? `<script>trustedTypes.createPolicy('lit-html', { createHTML: (text) => text });</script>`
            : '';
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.setHeader('content-security-policy', url.searchParams.get('csp') ?? '');
        response.end(`<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Trusted Types</title>
<script>
  window.ttReport = { errors: [], violations: [], warnings: [] };
  const warn = console.warn;
  console.warn = (...parts) => {
    ttReport.warnings.push(parts.join(' '));
    warn.apply(console, parts);
  };
  addEventListener('error', (event) => ttReport.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => ttReport.errors.push(String(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) =>
    ttReport.violations.push(event.violatedDirective + ' ' + event.sample));
  // What the accordion's first render showed, whichever file defines it and whenever.
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    if (name === 'kl-faq-accordion') {
      // After the element's own \`updated\`, which puts the questions in the list.
      const updated = constructor.prototype.updated;
      constructor.prototype.updated = function (changed) {
        const result = updated?.call(this, changed);
        window.firstRender ??= {
          loading: Boolean(this.shadowRoot.querySelector('[part~="loading"]')),
          questions: this.shadowRoot.querySelectorAll('[part~="question"]').length,
        };
        return result;
      };
    }
    return define(name, constructor, options);
  };
</script>
${hostPolicy}
${scripts.join('\n')}
</head><body>
<kl-faq-accordion structured-data>${fallback}</kl-faq-accordion>
${split.includes('challenge-explorer') ? '<kl-challenge-explorer></kl-challenge-explorer>' : ''}
</body></html>`);
      });
    },
  };
}
