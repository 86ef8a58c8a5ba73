// Typed editor and framework integrations generated from custom-elements.json (run after `tsc` and
// `cem analyze`): dist/vscode.*-custom-data.json for VS Code's HTML and CSS completion, and dist/jsx*.d.ts
// so the tags type-check in React 19, Preact, Vue 3 and Svelte 5 projects.
//
// Why our own writers and not @wc-toolkit/jsx-types, custom-element-vuejs-integration,
// custom-element-svelte-integration or custom-element-vs-code-integration: those read only the manifest's
// type text, so with our manifest they typed every event `CustomEvent<CustomEvent<…>>` (Vue, Svelte), wrote
// Svelte 4 `on:`/`bind:` props, imported one detail type several times (a duplicate-identifier error) and
// offered read-only members as settable; they also bring a second TypeScript and Prettier. Ours asks the
// TypeScript checker about the built declarations (exact literal unions, the declared event types), in a few
// hundred lines. The CSS custom data (`--kl-*`, `::part()`) was the one thing they had that we lacked.
import { readFileSync, writeFileSync } from 'node:fs';
import { jsxTypes, preactJsxTypes, reactJsxTypes, svelteJsxTypes } from './integrations/jsx-types.mjs';
import { readElements } from './integrations/read-elements.mjs';
import { vscodeCssCustomData, vscodeCustomData } from './integrations/vscode-custom-data.mjs';
import { vueTypes } from './integrations/vue-types.mjs';

const packageDir = new URL('../', import.meta.url);
const dist = new URL('dist/', packageDir);

try {
  const { homepage } = JSON.parse(readFileSync(new URL('package.json', packageDir), 'utf8'));
  const elements = readElements(packageDir);
  writeFileSync(
    new URL('vscode.html-custom-data.json', dist),
    `${JSON.stringify(vscodeCustomData(elements, homepage), null, 2)}\n`,
  );
  writeFileSync(
    new URL('vscode.css-custom-data.json', dist),
    `${JSON.stringify(vscodeCssCustomData(elements), null, 2)}\n`,
  );
  writeFileSync(new URL('jsx.d.ts', dist), jsxTypes(elements));
  writeFileSync(new URL('jsx-react.d.ts', dist), reactJsxTypes(elements));
  writeFileSync(new URL('jsx-preact.d.ts', dist), preactJsxTypes(elements));
  writeFileSync(new URL('jsx-svelte.d.ts', dist), svelteJsxTypes(elements));
  writeFileSync(new URL('jsx-vue.d.ts', dist), vueTypes(elements));
  console.log(
    `write-integrations: ${elements.map((e) => e.tagName).join(', ')} -> dist/vscode.*-custom-data.json, dist/jsx*.d.ts`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
