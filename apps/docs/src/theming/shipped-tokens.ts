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

/** Token descriptions from the `@cssproperty` JSDoc tags, as the manifest analyzer collected them. */
export function tokenDescriptions(): Map<string, string> {
  const descriptions = new Map<string, string>();
  const modules = (manifest as { modules?: { declarations?: { cssProperties?: ManifestCssProperty[] }[] }[] })
    .modules;
  for (const declaration of modules?.flatMap((module) => module.declarations ?? []) ?? []) {
    for (const property of declaration.cssProperties ?? []) {
      if (property.description && !descriptions.has(property.name)) {
        descriptions.set(property.name, property.description);
      }
    }
  }
  return descriptions;
}
