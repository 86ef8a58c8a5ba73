import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const cdnFolder = fileURLToPath(new URL('../dist/cdn/', import.meta.url));

/**
 * Test-only pages loading the built script-tag files as a site would (test/cdn-build/), served with a real
 * Content-Security-Policy header (a `<meta>` policy would not do: `trusted-types` is honoured only in the
 * header):
 *   /__kl/tt-page?csp=<policy>&module=<a,b>&classic=<a>&host-policy=1&folder=cdn-tampered&fallback=0
 *     a page under that policy loading the built `dist/cdn/<a>.js` files (as modules, or classic), with one
 *     FAQ accordion holding a no-JS fallback of the page's own (so the widget loads site-content.js);
 *     `fallback=0` leaves the accordion empty (the built-in FAQ); `host-policy=1` makes the page create its
 *     own `lit-html` policy first, as a page running its own Lit would; `folder=cdn-tampered` loads the
 *     files from there. The page records uncaught errors, unhandled rejections and
 *     `securitypolicyviolation` events in `window.ttReport`.
 *   /__kl/cdn/<file>.js            a built script-tag file, byte for byte (no Vite transform)
 *   /__kl/cdn-tampered/<file>.js   the same, but site-content.js with one statement added on the way
 *     (it sets `window.tampered`): what a compromised host or proxy would serve
 */
export function scriptTagPages(): Plugin {
  return {
    name: 'kl-script-tag-pages',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const [, folder, cdnFile] = /^\/__kl\/(cdn|cdn-tampered)\/([\w.-]+\.js)$/.exec(url.pathname) ?? [];
        if (cdnFile) {
          response.setHeader('content-type', 'text/javascript; charset=utf-8');
          const bytes = readFileSync(`${cdnFolder}${cdnFile}`, 'utf8');
          const tampered = folder === 'cdn-tampered' && cdnFile === 'site-content.js';
          response.end(tampered ? `${bytes}\n;window.tampered = true;` : bytes);
          return;
        }
        if (url.pathname !== '/__kl/tt-page') {
          next();
          return;
        }
        const list = (name: string) => (url.searchParams.get(name) ?? '').split(',').filter(Boolean);
        const from = url.searchParams.get('folder') === 'cdn-tampered' ? 'cdn-tampered' : 'cdn';
        const scripts = [
          ...list('module').map((name) => `<script type="module" src="/__kl/${from}/${name}.js"></script>`),
          ...list('classic').map((name) => `<script defer src="/__kl/${from}/${name}.js"></script>`),
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
  window.ttReport = { errors: [], violations: [] };
  addEventListener('error', (event) => ttReport.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => ttReport.errors.push(String(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) =>
    ttReport.violations.push(event.violatedDirective + ' ' + event.sample));
</script>
${hostPolicy}
${scripts.join('\n')}
</head><body>
<kl-faq-accordion structured-data>${fallback}</kl-faq-accordion>
</body></html>`);
      });
    },
  };
}
