// A fresh consumer project, as a site developer would make one: `npm install @ketahanan/elements`, one
// element imported in a Vite app, plus plain HTML pages that load the published script-tag file with SRI.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { run } from './command.mjs';

export const FAQ_HEADING_LEVEL = 2;

/** Creates the project and installs the package; returns the consumer's lockfile. */
export async function installConsumer(folder, env) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'package.json'),
    `${JSON.stringify({ name: 'ketahanan-consumer', version: '0.0.0', private: true, type: 'module' }, null, 2)}\n`,
  );
  // --prefer-offline: lit and the validator usually come from npm's cache; our packages are new to this
  // registry (fresh port, fresh storage), so they are always fetched from it.
  await run('npm', ['install', '@ketahanan/elements', '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd: folder,
    env,
  });
  return JSON.parse(readFileSync(join(folder, 'package-lock.json'), 'utf8'));
}

/** A one-page Vite app that imports only the FAQ accordion, built to `<folder>/dist`. */
export async function buildViteApp(folder) {
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>Consumer app</title>
  </head>
  <body>
    <main>
      <kl-faq-accordion heading-level="${FAQ_HEADING_LEVEL}"></kl-faq-accordion>
    </main>
    <script type="module" src="/main.js"></script>
  </body>
</html>
`,
  );
  writeFileSync(
    join(folder, 'main.js'),
    `import { KlFaqAccordion } from '@ketahanan/elements/faq-accordion';

// The subpath's named export must be the class the import registered.
document.documentElement.dataset.exportIsDefinedClass = String(customElements.get('kl-faq-accordion') === KlFaqAccordion);
`,
  );
  await build({
    root: folder,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: join(folder, 'dist'), emptyOutDir: true },
  });
}

/**
 * Plain HTML pages that load `dist/cdn/ketahanan.js` of the installed package by a module script tag:
 * one with the SRI hash from the published integrity.json, one with a hash that does not match.
 */
export function writeScriptTagPages(folder, integrity) {
  mkdirSync(folder, { recursive: true });
  const page = (hash) => `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>Script tag</title>
    <script type="module" src="/cdn/ketahanan.js" integrity="${hash}" crossorigin="anonymous"></script>
  </head>
  <body>
    <kl-faq-accordion></kl-faq-accordion>
  </body>
</html>
`;
  writeFileSync(join(folder, 'script-tag.html'), page(integrity));
  const wrong = `sha384-${Buffer.alloc(48).toString('base64')}`;
  writeFileSync(join(folder, 'script-tag-wrong-integrity.html'), page(wrong));
}
