import { KlFaqAccordion } from '@ketahanan/elements/faq-accordion';
import manifest from '@ketahanan/elements/custom-elements.json';
import { cssTextOf, tokensFromCss, type DesignToken } from './token-source.js';

/** Every element starts its styles with the shared tokens, so one element's styles list them all. */
export function shippedTokens(): DesignToken[] {
  return tokensFromCss(cssTextOf(KlFaqAccordion));
}

interface ManifestCssProperty {
  readonly name: string;
  readonly description?: string;
}

interface ManifestDeclaration {
  readonly tagName?: string;
  readonly cssProperties?: readonly ManifestCssProperty[];
}

/** How one element says it uses a token (its `@cssproperty` JSDoc, as the manifest analyzer read it). */
export interface TokenUse {
  readonly tag: string;
  readonly description: string;
}

/** For each token, the elements that document it and what it does in each, from custom-elements.json. */
export function tokenUses(): Map<string, TokenUse[]> {
  const uses = new Map<string, TokenUse[]>();
  const modules = (manifest as { modules?: { declarations?: ManifestDeclaration[] }[] }).modules ?? [];
  for (const declaration of modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    for (const property of declaration.cssProperties ?? []) {
      if (!property.description) continue;
      const list = uses.get(property.name) ?? [];
      list.push({ tag: declaration.tagName, description: property.description });
      uses.set(property.name, list);
    }
  }
  return uses;
}
