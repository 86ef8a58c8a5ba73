import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineInTurn } from '../define-in-turn.js';

/** Each test's own tags: a tag can be defined once per page. */
let run = 0;
const tagsOf = (...names: string[]) => names.map((name) => `kl-test-turn-${name}-${String(run)}`);

/** What the upgrades saw: an element's tag, and whether the previous upgrade's task had ended by then. */
let upgrades: { tag: string; previousTaskEnded: boolean }[] = [];
let previousTaskEnded = true;

/** An element that notes its upgrade and marks (by a microtask, which runs when its task ends) the end of it. */
function recordingElement(): CustomElementConstructor {
  return class extends HTMLElement {
    constructor() {
      super();
      upgrades.push({ tag: this.localName, previousTaskEnded });
      previousTaskEnded = false;
      queueMicrotask(() => {
        previousTaskEnded = true;
      });
    }
  };
}

const nextTasks = (count: number) => new Promise((resolve) => setTimeout(resolve, count));

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  upgrades = [];
  previousTaskEnded = true;
  run++;
});

describe('defineInTurn (the script-tag file defining its elements)', () => {
  it('defines the tags a page shows each in a task of its own, in order, after the script has run', async () => {
    const [first = '', second = '', third = ''] = tagsOf('first', 'second', 'third');
    document.body.innerHTML = `<${third}></${third}><${first}></${first}><${second}></${second}>`;

    defineInTurn([first, second, third].map((tag) => [tag, recordingElement()] as const));

    // Nothing upgraded (nothing rendered) in the task that evaluates the script.
    expect([first, second, third].map((tag) => customElements.get(tag))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    await Promise.all([first, second, third].map((tag) => customElements.whenDefined(tag)));
    expect(upgrades).toEqual([
      { tag: first, previousTaskEnded: true },
      { tag: second, previousTaskEnded: true },
      { tag: third, previousTaskEnded: true },
    ]);
  });

  it('defines a tag the page does not show at once, so an element added later upgrades as it is added', async () => {
    const [shown = '', later = ''] = tagsOf('shown', 'later');
    document.body.innerHTML = `<${shown}></${shown}>`;

    defineInTurn([
      [shown, recordingElement()],
      [later, recordingElement()],
    ]);

    expect(customElements.get(later)).toBeDefined();
    document.body.append(document.createElement(later));
    expect(upgrades.map(({ tag }) => tag)).toEqual([later]);
    await nextTasks(5);
    expect(upgrades.map(({ tag }) => tag)).toEqual([later, shown]);
  });

  it('leaves a tag another copy of the script defined as it is, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const [taken = ''] = tagsOf('taken');
    const theirs = recordingElement();
    customElements.define(taken, theirs);
    document.body.innerHTML = `<${taken}></${taken}>`;

    defineInTurn([[taken, recordingElement()]]);
    await nextTasks(5);

    expect(customElements.get(taken)).toBe(theirs);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('KL101');
  });
});
