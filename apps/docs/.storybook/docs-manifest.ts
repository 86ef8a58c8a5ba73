import manifest from '@ketahanan/elements/custom-elements.json';

interface Member {
  readonly kind: string;
  readonly name: string;
  readonly static?: boolean;
  readonly readonly?: boolean;
  readonly attribute?: string;
}

interface Declaration {
  readonly tagName?: string;
  readonly members?: readonly Member[];
}

interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly Declaration[] }[];
}

const elements = (manifest as Manifest).modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName !== undefined);

/**
 * The manifest as the docs tables should show it. Storybook lists every member as a property with a
 * control, so: static members (`version`) go, and so does each property that also has an attribute
 * (`headingLevel` beside `heading-level`), whose attribute row documents and controls it.
 */
export function manifestForDocs(): Manifest {
  return {
    ...(manifest as Manifest),
    modules: (manifest as Manifest).modules.map((module) => ({
      ...module,
      declarations: (module.declarations ?? []).map((declaration) =>
        declaration.tagName && declaration.members
          ? {
              ...declaration,
              members: declaration.members.filter(
                (member) => !member.static && member.attribute === undefined,
              ),
            }
          : declaration,
      ),
    })),
  };
}

/** Read-only properties of an element (`locale`, `form`): documented, but nothing to control. */
export function readOnlyProperties(tag: string): string[] {
  const element = elements.find((declaration) => declaration.tagName === tag);
  return (element?.members ?? [])
    .filter((member) => member.kind === 'field' && member.readonly === true && !member.static)
    .map((member) => member.name);
}
