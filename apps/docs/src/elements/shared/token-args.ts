import { styleMap } from 'lit/directives/style-map.js';

/** Story args for design tokens, keyed by custom property name. */
export type TokenArgs = Partial<Record<`--kl-${string}`, string>>;

/**
 * The `--kl-*` controls of a story: each design token set in the Controls panel becomes a custom property
 * on the element, so designers can try a theme on any story.
 */
export function tokenStyle(args: object) {
  const tokens = Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith('--kl-') && typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
  return styleMap(tokens);
}
