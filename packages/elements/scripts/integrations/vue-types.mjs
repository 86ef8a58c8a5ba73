// Vue 3 typings of our tags: each tag becomes an entry of Vue's `GlobalComponents`, the way Vue's docs
// type custom elements that Vue did not build ("Non-Vue Web Components and TypeScript"): vue-tsc reads a
// tag's props from the `$props` of a constructor type and its events from `$emit`, so `:heading-level="2"`
// and `@kl-toggle="(event) => event.detail.open"` are checked. The props and events come from jsx.d.ts.
import { HEADER } from './jsx-types.mjs';

/** @param {import('./read-elements.mjs').ElementInfo[]} elements */
export function vueTypes(elements) {
  const entries = elements
    .map(
      (element) =>
        `    ${JSON.stringify(element.tagName)}: VueElement<${JSON.stringify(element.tagName)}>;\n`,
    )
    .join('');
  return `${HEADER}// Use: \`import type {} from '@ketahanan/elements/jsx/vue';\` once in a Vue 3 project (vue-tsc), beside
// \`compilerOptions.isCustomElement: (tag) => tag.startsWith('kl-')\` for Vue's template compiler.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { KetahananElementClasses, KetahananElementEvents, KetahananJsxElements } from './jsx.js';

type Tag = keyof KetahananJsxElements;

/** The tag's attributes and properties: its JSX props without the \`on<event>\` handlers (Vue types events by \`$emit\`). */
type ElementProps<T extends Tag> = {
  [Key in keyof KetahananJsxElements[T] as Key extends \`on\${keyof KetahananElementEvents[T] & string}\`
    ? never
    : Key]: KetahananJsxElements[T][Key];
};

/** A tag as Vue's template type checker reads a component. */
type VueElement<T extends Tag> = new () => KetahananElementClasses[T] & {
  /** @deprecated Only for type checking templates: the element has no \`$props\`. */
  $props: Omit<HTMLAttributes, keyof ElementProps<T>> & ElementProps<T> & PublicProps;
  /** @deprecated Only for type checking templates: the element has no \`$emit\`. */
  $emit: EmitFn<{
    [Name in keyof KetahananElementEvents[T]]: (event: KetahananElementEvents[T][Name]) => void;
  }>;
};

declare module 'vue' {
  interface GlobalComponents {
${entries}  }
}
`;
}
