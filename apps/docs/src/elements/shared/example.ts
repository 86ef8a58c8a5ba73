import type { TemplateResult } from 'lit';
import type { StoryContext, StoryObj } from '@storybook/web-components-vite';

/**
 * One situation an element can be in. Each element has ONE list of these (its `*.examples.ts`): the list
 * feeds its stories, so its docs page and its tests (render, play, axe in both languages and schemes)
 * come from the same place, and a situation cannot be documented without being tested.
 */
export interface Example<Args> {
  /** The situation in a sentence, shown above the story on the Docs page. */
  readonly description: string;
  readonly args?: Partial<Args>;
  /** Light-DOM children: inline JSON, `<details>` fallback, slotted text. */
  readonly children?: TemplateResult;
  /** Surroundings: a narrow column, a hostile stylesheet, a form. */
  readonly frame?: (element: TemplateResult) => TemplateResult;
  /** The interaction a user would perform, with assertions on what they would notice. */
  readonly play?: (context: StoryContext<Args>) => Promise<void>;
}

export type Examples<Args> = Readonly<Record<string, Example<Args>>>;

/** The element itself for given args and light-DOM children; each element's stories define one. */
export type ElementTemplate<Args> = (args: Partial<Args>, children?: TemplateResult) => TemplateResult;

/** A CSF story from an example. */
export function storyFrom<Args>(example: Example<Args>, template: ElementTemplate<Args>): StoryObj<Args> {
  return {
    ...(example.args ? { args: example.args } : {}),
    ...(example.play ? { play: example.play } : {}),
    parameters: { docs: { description: { story: example.description } } },
    render: (args) => {
      const element = template(args, example.children);
      return example.frame ? example.frame(element) : element;
    },
  };
}
