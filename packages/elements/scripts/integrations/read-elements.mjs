// Reads custom-elements.json and, for what the manifest only holds as text, asks TypeScript about the built
// declarations in dist/: the literal values of an attribute's type (for completion lists), whether it is a
// boolean, and which event types the package declares. The result is one plain description per element
// that the VS Code and JSX writers turn into files.
import { existsSync, readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * @typedef {{ name: string, description: string, values: string[], boolean: boolean, fieldName?: string, default?: string }} AttributeInfo
 * @typedef {{ name: string, description: string, attribute?: string }} PropertyInfo
 * @typedef {{ name: string, description: string, eventType: string }} EventInfo
 * @typedef {{ tagName: string, className: string, declarationFile: string, summary: string, description: string,
 *   attributes: AttributeInfo[], properties: PropertyInfo[], events: EventInfo[],
 *   slots: { name: string, description: string }[], cssParts: { name: string, description: string }[],
 *   cssProperties: { name: string, description: string, default?: string }[] }} ElementInfo
 */

const LITERAL = ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral;

function declarationFileFor(modulePath) {
  // src/faq-accordion/faq-accordion.ts -> faq-accordion/faq-accordion.d.ts (relative to dist/)
  return modulePath.replace(/^src\//, '').replace(/\.ts$/, '.d.ts');
}

function createChecker(distDir, files) {
  const program = ts.createProgram(
    files.map((file) => new URL(file, distDir).pathname),
    {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      module: ts.ModuleKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
      types: [],
    },
  );
  return { program, checker: program.getTypeChecker() };
}

function classSymbol({ program, checker }, distDir, file, className) {
  const source = program.getSourceFile(new URL(file, distDir).pathname);
  if (!source) throw new Error(`write-integrations: dist/${file} is missing; run tsc first.`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  const symbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === className);
  if (!symbol) throw new Error(`write-integrations: dist/${file} does not export ${className}.`);
  return symbol;
}

/** Literal members of a property's type (`'auto' | 'manual'` -> ['auto', 'manual']) and whether it is boolean. */
function describeType(checker, classSym, fieldName) {
  const instance = checker.getDeclaredTypeOfSymbol(classSym);
  const property = fieldName ? checker.getPropertyOfType(instance, fieldName) : undefined;
  if (!property) return { values: [], boolean: false };
  const type = checker.getNonNullableType(checker.getTypeOfSymbol(property));
  if (type.flags & ts.TypeFlags.BooleanLike) return { values: [], boolean: true };
  const members = type.isUnion() ? type.types : [type];
  const literals = members.filter((member) => member.flags & LITERAL);
  if (literals.length === 0 || literals.length !== members.length) return { values: [], boolean: false };
  return { values: literals.map((member) => String(member.value)), boolean: false };
}

function tagNamesFromTagNameMap(checker, program) {
  const map = checker.resolveName('HTMLElementTagNameMap', undefined, ts.SymbolFlags.Interface, false);
  const tags = new Map();
  if (!map) return tags;
  for (const property of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(map))) {
    const target = checker.getTypeOfSymbol(property).getSymbol();
    const inPackage = target?.declarations?.some(
      (d) => !program.isSourceFileDefaultLibrary(d.getSourceFile()),
    );
    if (target && inPackage) tags.set(target.name, property.name);
  }
  return tags;
}

/** The event type to name in JSX handlers: the package's HTMLElementEventMap entry when there is one. */
function eventTypeFor(checker, name) {
  const map = checker.resolveName('HTMLElementEventMap', undefined, ts.SymbolFlags.Interface, false);
  const known = map && checker.getPropertyOfType(checker.getDeclaredTypeOfSymbol(map), name);
  return known ? `HTMLElementEventMap[${JSON.stringify(name)}]` : 'CustomEvent<unknown>';
}

const text = (value) => (value ?? '').trim();

/**
 * @param {URL} packageDir the elements package folder (with custom-elements.json and dist/)
 * @returns {ElementInfo[]}
 */
export function readElements(packageDir) {
  const manifestUrl = new URL('custom-elements.json', packageDir);
  if (!existsSync(manifestUrl))
    throw new Error('write-integrations: custom-elements.json is missing; run `cem analyze` first.');
  const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'));
  const distDir = new URL('dist/', packageDir);

  const found = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class' && declaration.customElement) found.push({ module, declaration });
    }
  }
  if (found.length === 0)
    throw new Error('write-integrations: custom-elements.json describes no custom element.');

  const files = [...new Set(found.map(({ module }) => declarationFileFor(module.path)))];
  const types = createChecker(distDir, files);
  const tagsFromTypes = tagNamesFromTagNameMap(types.checker, types.program);

  return found
    .map(({ module, declaration }) => {
      const file = declarationFileFor(module.path);
      const tagName = declaration.tagName ?? tagsFromTypes.get(declaration.name);
      if (!tagName)
        throw new Error(
          `write-integrations: no tag name for ${declaration.name} (add it to HTMLElementTagNameMap).`,
        );
      const classSym = classSymbol(types, distDir, file, declaration.name);
      const attributes = (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: text(attribute.description),
        fieldName: attribute.fieldName,
        default: attribute.default,
        ...describeType(types.checker, classSym, attribute.fieldName),
      }));
      const properties = (declaration.members ?? [])
        .filter(
          (m) =>
            m.kind === 'field' &&
            !m.static &&
            !m.readonly &&
            (m.privacy ?? 'public') === 'public' &&
            !m.name.startsWith('#'),
        )
        .map((m) => ({ name: m.name, description: text(m.description), attribute: m.attribute }));
      const events = (declaration.events ?? [])
        .filter((event) => event.name)
        .map((event) => ({
          name: event.name,
          description: text(event.description),
          eventType: eventTypeFor(types.checker, event.name),
        }));
      return {
        tagName,
        className: declaration.name,
        declarationFile: file,
        summary: text(declaration.summary),
        description: text(declaration.description),
        attributes,
        properties,
        events,
        slots: (declaration.slots ?? []).map((s) => ({ name: s.name, description: text(s.description) })),
        cssParts: (declaration.cssParts ?? []).map((p) => ({
          name: p.name,
          description: text(p.description),
        })),
        cssProperties: (declaration.cssProperties ?? []).map((p) => ({
          name: p.name,
          description: text(p.description),
          default: p.default,
        })),
      };
    })
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}
