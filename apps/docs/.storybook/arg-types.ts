import type { ArgTypesEnhancer, InputType } from 'storybook/internal/types';
import { readOnlyProperties } from './docs-manifest.js';

/**
 * Controls must never lie: every control in the docs changes what the story shows, and what cannot be
 * changed has none. Storybook infers controls from the manifest's TypeScript type text, which it reads
 * only for plain `string`/`number`/`boolean`; these enhancers handle the rest.
 */

/** `'grid' | 'list'` → ['grid', 'list']; undefined for any other type text. */
function stringLiterals(typeText: string): string[] | undefined {
  const parts = typeText.split('|').map((part) => part.trim());
  const literals = parts.filter((part) => /^'[^']*'$/.test(part)).map((part) => part.slice(1, -1));
  return literals.length > 0 && literals.length === parts.length ? literals : undefined;
}

function controlFor(name: string, argType: InputType): InputType['control'] | undefined {
  const category = argType.table?.category;
  const typeText = argType.table?.type?.summary ?? '';
  if (category === 'css custom properties') {
    // The templates apply `--kl-*` args to the element (see token-args.ts).
    return name.startsWith('--kl-color-') && name !== '--kl-color-scheme'
      ? { type: 'color' }
      : { type: 'text' };
  }
  if (category === 'events' || category === 'css shadow parts' || category === 'slots') return false;
  if (category !== 'attributes' && category !== 'properties') return undefined;
  if (stringLiterals(typeText)) return { type: 'inline-radio' };
  if (/^string(\s*\|\s*undefined)?$/.test(typeText)) return { type: 'text' };
  return undefined;
}

export const honestControls: ArgTypesEnhancer = (context) => {
  const result = { ...context.argTypes };
  const component: unknown = context.component;
  const readOnly = new Set(typeof component === 'string' ? readOnlyProperties(component) : []);
  for (const [name, argType] of Object.entries(result)) {
    if (readOnly.has(name)) {
      result[name] = { ...argType, control: false };
      continue;
    }
    const control = controlFor(name, argType);
    if (control === undefined) continue;
    const options = stringLiterals(argType.table?.type?.summary ?? '');
    result[name] = { ...argType, control, ...(options && control !== false ? { options } : {}) };
  }
  return result;
};
