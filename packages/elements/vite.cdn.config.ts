/**
 * Script-tag (CDN) builds: self-contained, minified files in `dist/cdn/` with Lit and the content bundled in.
 *
 * - `ketahanan.js`: ES module defining every element, one tag per task (src/script-tag/ketahanan.ts).
 * - `<element>.js`: one ES module per `src/define/*.ts`, carrying only the content sections that element uses.
 * - `ketahanan.classic.js`: the same as `ketahanan.js` as a classic script, for CMSs that strip `type="module"`.
 * - `split/<element>.js` + `split/core.js`: the split layout for pages with several widgets. Each element's file
 *   imports `core.js` (Lit, the shared element core, the model and the content), so a page using two or three
 *   of them downloads and evaluates Lit once. See scripts/cdn/split-layout.mjs.
 * - `site-content.js`: the readers and validator of a site's own content, which every ES module file above
 *   loads (pinned by its SRI hash) only when a page gives an element content of its own; built first, so
 *   its hash is known. The classic file carries it inline. See scripts/cdn/site-content-loader.mjs.
 *
 * Rolldown cannot emit several entries without sharing chunks between them, and a shared chunk would make a
 * self-contained file depend on a sibling file. So every self-contained file is its own Vite environment, and
 * the split layout is one more, built one after another by `vite build -c vite.cdn.config.ts`.
 */
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions, type LibraryFormats } from 'vite';
import { minifyCssLiterals } from './scripts/cdn/minify-css-literals.mjs';
import { minifyHtmlLiterals } from './scripts/cdn/minify-html-literals.mjs';
import {
  SITE_CONTENT_FILE,
  siteContentBundled,
  siteContentLoader,
  sriOf,
} from './scripts/cdn/site-content-loader.mjs';
import { splitEnvironment, SPLIT_ENVIRONMENT } from './scripts/cdn/split-layout.mjs';
import { terserPass } from './scripts/cdn/terser-pass.mjs';
import { tolerantLitPolicy } from './scripts/cdn/tolerant-lit-policy.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = 'dist/cdn';

interface CdnFile {
  /** File name in `dist/cdn/`, without `.js`. */
  readonly name: string;
  readonly entry: string;
  readonly format: LibraryFormats;
}

const perElement: CdnFile[] = readdirSync(`${root}src/define`)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .sort()
  .map((file) => ({ name: file.slice(0, -'.ts'.length), entry: `src/define/${file}`, format: 'es' }));

const files: readonly CdnFile[] = [
  { name: 'ketahanan', entry: 'src/script-tag/ketahanan.ts', format: 'es' },
  { name: 'ketahanan.classic', entry: 'src/script-tag/ketahanan.ts', format: 'iife' },
  ...perElement,
];

const siteContent: CdnFile = { name: 'site-content', entry: 'src/script-tag/site-content.ts', format: 'es' };

/**
 * The SRI hash of site-content.js as built. Read from the file when an element file is built, after it:
 * Vite loads this config more than once, so a value kept in a variable here would not reach the plugins.
 */
function builtSiteContentIntegrity(): string {
  return sriOf(`${root}${outDir}/${SITE_CONTENT_FILE}`);
}

/** Vite environment names allow only letters, digits, `$` and `_`. */
function environmentName(file: CdnFile): string {
  return `cdn_${file.name.replace(/[^a-zA-Z0-9]/g, '_')}`;
}

/** Build options every script-tag file shares, self-contained or split. */
const sharedBuild = {
  outDir,
  // All files share one folder; it is emptied once in `buildApp` below.
  emptyOutDir: false,
  copyPublicDir: false,
  // No source maps: a `sourceMappingURL` comment pointing at a file the CDN does not have is noise in devtools.
  sourcemap: false,
} as const;

/** Output options every script-tag file shares. */
const sharedOutput = {
  // Library mode does not minify ES output by itself.
  minify: true,
  // No comments at all: `@__PURE__` marks help a bundler downstream, and nothing bundles these files.
  // The notices of the bundled libraries are in README.md ("License"), not repeated in every file.
  comments: false,
  // V8's explicit compile hint: compile every function when the file loads (in Chromium, on a background
  // thread while the file streams in) instead of lazily on its first call. Nearly every function of these
  // files runs in a widget's first render, so lazy compilation only put that work on the main thread in
  // the middle of it (FAQ first render at N=10: 8.7 → 5.5 ms main-thread CPU in `npm run bench`). Other
  // engines read it as the comment it is.
  postBanner: '//# allFunctionsCalledOnLoad',
} as const;

function environment(file: CdnFile): EnvironmentOptions {
  return {
    consumer: 'client',
    build: {
      ...sharedBuild,
      lib: {
        entry: file.entry,
        formats: [file.format],
        // The classic build exposes the element classes as `window.Ketahanan` (not needed to use the tags).
        name: 'Ketahanan',
        fileName: () => `${file.name}.js`,
      },
      rolldownOptions: {
        // The classic script cannot import a module: it carries site-content.ts.
        plugins: [
          file.format === 'iife'
            ? siteContentBundled()
            : siteContentLoader(`./${SITE_CONTENT_FILE}`, builtSiteContentIntegrity),
        ],
        output: sharedOutput,
      },
    },
  };
}

export default defineConfig({
  root,
  // The JavaScript minifier leaves template text alone; the indents of styles and templates would ship.
  // terser then minifies each file once more (see terser-pass.mjs).
  plugins: [minifyCssLiterals(), minifyHtmlLiterals(), tolerantLitPolicy(), terserPass()],
  // Library mode leaves `process.env.NODE_ENV` for a consumer's bundler; these files have no consumer bundler.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  environments: {
    ...Object.fromEntries(files.map((file) => [environmentName(file), environment(file)])),
    [environmentName(siteContent)]: environment(siteContent),
    [SPLIT_ENVIRONMENT]: splitEnvironment(perElement, sharedBuild, sharedOutput, [
      siteContentLoader(`../${SITE_CONTENT_FILE}`, builtSiteContentIntegrity),
    ]),
  },
  builder: {
    async buildApp(builder) {
      rmSync(`${root}${outDir}`, { recursive: true, force: true });
      const first = builder.environments[environmentName(siteContent)];
      if (!first) throw new Error(`No Vite environment for ${SITE_CONTENT_FILE}`);
      await builder.build(first);
      // In series and only ours: Vite also creates a default `client` environment, which has no entry here.
      for (const file of files) {
        const target = builder.environments[environmentName(file)];
        if (!target) throw new Error(`No Vite environment for ${file.name}`);
        await builder.build(target);
      }
      const split = builder.environments[SPLIT_ENVIRONMENT];
      if (!split) throw new Error('No Vite environment for the split layout');
      await builder.build(split);
    },
  },
});
