import { defineElement } from './define.js';

/**
 * Defines elements one task at a time.
 *
 * Defining a tag upgrades every element of it already on the page, and each upgraded element renders in
 * that same task. A page with four widgets and one script would therefore render all four in the task
 * that evaluates the script: 60 ms on a fast laptop, and under Lighthouse's mobile CPU far past the 50 ms
 * after which a task blocks the reader's input. So each tag the page shows is defined in a timer of its
 * own (the first too: evaluating the script is task enough), in the order given. A tag the page does not
 * show yet costs nothing to define and is defined at once, so an element a script adds later upgrades as
 * soon as it is added.
 *
 * Only the script-tag files do this. An import of the npm package defines every tag before the importing
 * module goes on, which is what code that creates and uses the elements right after the import expects.
 */
export function defineInTurn(
  definitions: readonly (readonly [tag: string, constructor: CustomElementConstructor])[],
): void {
  let turn = 0;
  for (const [tag, constructor] of definitions) {
    // No document where there is no DOM (a server importing the file): `defineElement` then does nothing.
    if ((globalThis.document as Document | undefined)?.querySelector(tag)) {
      // Rising delays keep the order; each timer is a task of its own even when all are due at once.
      setTimeout(() => {
        defineElement(tag, constructor);
      }, turn++);
    } else defineElement(tag, constructor);
  }
}
