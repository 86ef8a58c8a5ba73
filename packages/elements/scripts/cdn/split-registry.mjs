// How the files of the split layout find each other without `import`: each is pinned by its own
// `<script type="module" integrity>`, and none imports another.
//
// Why not `import … from "./core.js"`: a static import fetches `core.js` itself, and nothing lets a page pin
// what an import fetches in every engine. `<link rel="modulepreload" integrity>` does in Chromium and
// Firefox, but WebKit loads a modulepreload whose hash does not match; and after a refused `<script>`,
// Chromium and WebKit fetch the same URL again, unchecked, for an import of it. So every file here is a
// module script of its own, pinned by its own tag, and they link up at run time through one registry:
//
//   core.js       runs, then publishes its exports and runs every file queued before it (and any later);
//   other files   queue `[needs, factory, name]`: once what they need has run, the factory gets those
//                 files' exports in order (in place of their imports) and returns its own (for files that
//                 need it, e.g. partner-card-chunk.js).
//
// A file the browser refused (a changed byte) never runs, so nothing that needs it runs: the widgets stay
// their fallback markup, and each waiting file says so in the console once the page has loaded (KL102).
//
// Exports become values, not live bindings. That is sound only for bindings never reassigned after the
// module ran; the build checks this and fails otherwise.
import { readFileSync } from 'node:fs';
import { analyze } from 'eslint-scope';
import { parse } from 'espree';

/** The version in package.json: files of two versions on one page must not link up. */
const VERSION = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/** Where the files meet: a symbol of the global object, one per version. */
const REGISTRY = `globalThis[Symbol.for(${JSON.stringify(`ketahanan.split@${VERSION}`)})]`;

/**
 * What core.js runs after its own code: publishes its exports, then runs each queued file whose needs are
 * met; a file that publishes something re-queues the rest, since one may wait for it. Later files call
 * `push` on it directly.
 */
function coreRuntime(name, exportsObject) {
  return `((exports) => {
  const modules = { ${JSON.stringify(name)}: exports };
  const waiting = [];
  const push = (file) => {
    if (!file[0].every((need) => need in modules)) return waiting.push(file);
    try {
      modules[file[2]] = file[1](...file[0].map((need) => modules[need]));
    } catch (error) {
      // Reported as a module's own error would be, without keeping the other files from running.
      queueMicrotask(() => {
        throw error;
      });
    }
    waiting.splice(0).forEach(push);
  };
  const queued = ${REGISTRY};
  // A core of this version already runs (the same files from a second address): that one stays in charge.
  if (queued && !Array.isArray(queued)) return;
  ${REGISTRY} = { push };
  queued?.forEach(push);
})(${exportsObject});
`;
}

/** What every other file becomes: its code in a factory, queued until what it needs has run. */
function queuedFile(name, needs, parameters, body, returned) {
  // The details (what to load, and how) are in the README under KL102; the console names the refused file.
  const message = `[ketahanan KL102] split/${name} needs ${needs.map((need) => `split/${need}`).join(' + ')}`;
  return `let __klRan = false;
(${REGISTRY} ??= []).push([${JSON.stringify(needs)}, (${parameters.join(', ')}) => {
  __klRan = true;
${body}
${returned ? `  return ${returned};` : ''}
}, ${JSON.stringify(name)}]);
addEventListener("load", () => __klRan || console.warn(${JSON.stringify(message)}));
`;
}

/** `{ a: b, c }` for pairs of [exported or imported name, local name]. */
function objectPattern(pairs) {
  return `{ ${pairs.map(([outer, local]) => (outer === local ? outer : `${outer}: ${local}`)).join(', ')} }`;
}

/**
 * The exported names whose local binding is written again after its declaration, resolved by scope (an
 * inner variable of the same name does not count).
 * @param {any} program
 * @param {[string, string][]} exported
 */
function reassignedExports(program, exported) {
  const moduleScope = analyze(program, { ecmaVersion: 2022, sourceType: 'module', fallback: 'iteration' })
    .globalScope.childScopes[0];
  const variables = new Map(moduleScope?.variables.map((variable) => [variable.name, variable]));
  return exported
    .filter(([, local]) =>
      variables.get(local)?.references.some((reference) => reference.isWrite() && !reference.init),
    )
    .map(([outer]) => outer);
}

/**
 * The code of one split file, rewritten: imports of sibling files become factory parameters, exports a
 * returned object (or, for `core`, the published one).
 * @param {string} code the chunk's code as rendered, before minification
 * @param {string} name its file name inside `split/`
 * @param {boolean} isCore
 * @param {boolean} isEntry an element's own file
 */
export function linkSplitFile(code, name, isCore, isEntry) {
  // ESLint's own parser and scope analysis: the check below needs scopes, which need ranges.
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', range: true });
  /** @type {{ needs: string[]; patterns: string[] }} */
  const imported = { needs: [], patterns: [] };
  /** @type {[string, string][]} */
  let exported = [];
  const cuts = [];
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') {
      const source = statement.source.value;
      if (!source.startsWith('./') || source.slice(2).includes('/'))
        throw new Error(`split-registry: ${name} imports ${source}, not a sibling file`);
      const pairs = statement.specifiers.map((specifier) => {
        if (specifier.type !== 'ImportSpecifier')
          throw new Error(`split-registry: ${name} has a ${specifier.type} of ${source}`);
        return [specifier.imported.name, specifier.local.name];
      });
      imported.needs.push(source.slice(2));
      imported.patterns.push(objectPattern(pairs));
      cuts.push(statement);
    } else if (statement.type === 'ExportNamedDeclaration') {
      if (statement.declaration || statement.source)
        throw new Error(`split-registry: ${name} has an export form this plugin does not link`);
      exported = statement.specifiers.map((specifier) => [specifier.exported.name, specifier.local.name]);
      cuts.push(statement);
    } else if (statement.type.startsWith('Export') || statement.type === 'ImportExpression') {
      throw new Error(`split-registry: ${name} has a ${statement.type}`);
    }
  }
  const live = reassignedExports(program, exported);
  if (live.length)
    throw new Error(
      `split-registry: ${name} exports bindings it reassigns (${live.join(', ')}): not linkable`,
    );

  let body = '';
  let at = 0;
  for (const statement of cuts) {
    body += code.slice(at, statement.start);
    at = statement.end;
  }
  body += code.slice(at);
  // An element's own file is needed by no other: what it exported (its class) is not kept.
  const returned = isEntry ? undefined : objectPattern(exported);
  if (isCore) return `${body}\n${coreRuntime(name, objectPattern(exported))}`;
  const parameters = imported.patterns.map((_, index) => `__klNeeds${index}`);
  const unpack = imported.patterns
    .map((pattern, index) => `  const ${pattern} = ${parameters[index]};\n`)
    .join('');
  return queuedFile(name, imported.needs, parameters, unpack + body, returned);
}

/**
 * The Rolldown plugin of the split build: links its files through the registry (see above).
 * @param {string} folder the split layout's folder in the output (`split`)
 * @param {string} coreFile the core's file name inside it (`core.js`)
 * @returns {import('rolldown').Plugin}
 */
export function splitRegistry(folder, coreFile) {
  return {
    name: 'ketahanan:split-registry',
    renderChunk(code, chunk) {
      const name = chunk.fileName.slice(`${folder}/`.length);
      return { code: linkSplitFile(code, name, name === coreFile, chunk.isEntry), map: null };
    },
  };
}
