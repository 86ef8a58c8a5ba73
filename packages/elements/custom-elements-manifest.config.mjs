// custom-elements.json: generated from each element's JSDoc (the single source of its API docs) by
// `cem analyze` in the build. It drives the Storybook autodocs tables and editor tooling.

/**
 * Our tags are registered by `defineElement('kl-…', Class)` in src/define/ (a safe define), which the
 * analyzer does not recognise as `customElements.define`. This plugin reads those calls and gives each
 * class its `tagName`, plus a `custom-element-definition` export on the define module.
 */
function defineElementCalls() {
  const definitions = [];
  return {
    name: 'ketahanan-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      definitions.push({ tagName: tag.text, className: klass.getText(), module: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const { tagName, className, module } of definitions) {
        const home = modules.find((candidate) =>
          candidate.declarations?.some(
            (declaration) => declaration.kind === 'class' && declaration.name === className,
          ),
        );
        const declaration = home?.declarations.find((candidate) => candidate.name === className);
        if (!home || !declaration) continue;
        declaration.tagName = tagName;
        declaration.customElement = true;
        const definer = modules.find((candidate) => candidate.path === module);
        definer?.exports?.push({
          kind: 'custom-element-definition',
          name: tagName,
          declaration: { name: className, module: home.path },
        });
      }
      // The shared bases (KlElement, KlContentElement) extend LitElement but are never defined: they are
      // superclasses whose members every element lists as inherited, not elements of their own.
      const defined = new Set(definitions.map(({ className }) => className));
      for (const declaration of modules.flatMap((candidate) => candidate.declarations ?? [])) {
        if (declaration.customElement && !defined.has(declaration.name)) delete declaration.customElement;
      }
    },
  };
}

/**
 * `#private` and `private`/`protected` members are implementation, not API: tools reading the manifest
 * (Storybook's tables, editors) would otherwise offer them as properties.
 */
function publicMembersOnly() {
  return {
    name: 'ketahanan-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) =>
              member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/test/**', 'src/**/*.test.ts', 'src/snippet/**'],
  outdir: '.',
  litelement: true,
  // The package.json `customElements` field is written by hand; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [defineElementCalls(), publicMembersOnly()],
};
