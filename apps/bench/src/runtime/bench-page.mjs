// @ts-check
// Writes the HTML page of one variant: its bundles (CSS as <link>, JS as module scripts, in order), an
// empty stage, then the harness.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { siteDir } from '../paths.mjs';

/**
 * @param {string} variant
 * @param {string[]} urls  Site-relative URLs of .js and .css files.
 * @returns {Promise<string>}  Site-relative URL of the page.
 */
export async function writeBenchPage(variant, urls) {
  const styles = urls
    .filter((url) => url.endsWith('.css'))
    .map((url) => `<link rel="stylesheet" href="${url}">`);
  const scripts = urls
    .filter((url) => /\.m?js$/.test(url))
    .map((url) => `<script type="module" src="${url}"></script>`);
  const html = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: ${variant}</title>
${styles.join('\n')}
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } main { max-width: 60rem; margin: 0 auto; padding: 1rem; }</style>
</head>
<body>
<main id="stage"></main>
${scripts.join('\n')}
<script type="module" src="/browser/harness.js"></script>
</body>
</html>
`;
  await mkdir(join(siteDir, 'pages'), { recursive: true });
  await writeFile(join(siteDir, 'pages', `${variant}.html`), html);
  return `/pages/${variant}.html`;
}
