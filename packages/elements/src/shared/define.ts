import { VERSION } from './version.js';
import { WARNING_CODES, warn } from './warnings.js';

type VersionedConstructor = CustomElementConstructor & { readonly version?: string };

/**
 * Defines a custom element unless the tag already exists. A CMS page may include our script twice, or two
 * plugins may ship two versions: `customElements.define` would throw and stop the second script, so we
 * keep the first definition and warn once, naming both versions when they differ.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (!registry) return; // server-side or an environment without custom elements: nothing to do.
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    registry.define(tag, constructor);
    return;
  }
  if (existing === constructor) return;
  const theirs = existing.version ?? 'unknown';
  if (theirs !== VERSION) {
    warn(
      WARNING_CODES.duplicateDefine,
      `<${tag}> is already defined by version ${theirs}; this copy (version ${VERSION}) is not used. Load one version per page.`,
    );
  }
}
