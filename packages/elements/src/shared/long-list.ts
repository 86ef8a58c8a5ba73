/**
 * Items in a list longer than a screen shows: about 15 closed FAQ questions, 12 partner cards or 13 principles
 * fit in 800 px. In such a list the items (and a checklist's advice, below its principles) skip style, layout
 * and paint while out of view: `content-visibility: auto` in the element's styles, under `data-long` or a
 * `--long` class. A shorter list is all or nearly all in view, where the skipping only adds work: each item is
 * laid out twice in its first frame (skipped, then for real) and is one more paint-contained box for the
 * compositor to take in (first render at N=10 in `npm run bench`: the FAQ about 0.5 ms more, the partner cards
 * about 2 ms more).
 */
export const LONG_LIST = 20;
