/**
 * Items in a list longer than a screen shows: about 15 closed FAQ questions or 12 partner cards fit in 800 px.
 * Such a list carries `data-long`, and its items skip style, layout and paint while out of view
 * (`content-visibility: auto` in the element's styles). A shorter list is all or nearly all in view, where the
 * skipping only adds work: each item is laid out twice in its first frame (skipped, then for real) and is one
 * more paint-contained box for the compositor to take in (first render at N=10 in `npm run bench`: the FAQ about
 * 0.5 ms more, the partner cards about 2 ms more).
 */
export const LONG_LIST = 20;
