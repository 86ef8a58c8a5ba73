import { css } from 'lit';

/**
 * The list, its filter and its count; the cards themselves use `cardStyles`. (Comments live here, not in
 * the CSS: text inside a css`` literal ships to every reader.)
 *
 * - `.cards` columns are `minmax(0, …)`: a 20,000-character name must wrap, not widen the column.
 * - A `<select>` is as wide as its longest option: capped at its field, so a 20,000-character sector or
 *   area name cannot widen the filter (and the page) either.
 * - In a long list (`data-long`, see shared/long-list.ts) `.item > .card` is content-visibility: auto:
 *   cards out of view skip layout and paint, which is what keeps 1,000 of them light. A short list renders
 *   every card at once: the skipping cost about 2 ms more than it saved at 10 cards (most of it the
 *   compositor taking in ten paint-contained boxes).
 * - A filtered-out item (`[hidden]`) is display: none, also against a host page's `[hidden]{display:block}`:
 *   no box, no tab stop, no find-in-page match, out of the accessibility tree. (It used to stay in the
 *   layout as an absolutely placed, content-visibility: hidden box; at 1,000 cards those 900 boxes made
 *   filtering cost about twice as much CPU as display: none, measured.)
 * - Print: no filter controls, and every card rendered: paper has no "later". Chromium prints
 *   content-visibility: auto content by itself, but not under an emulated print medium; the rule says so
 *   for every engine.
 */
export const listStyles = css`
  .cards {
    container-type: inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin: 0;
    padding: calc(var(--_space) * 0.5) var(--_space) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .filter__legend {
    padding: 0 0.25em;
    font-weight: 700;
  }
  .filter__field {
    display: grid;
    gap: 0.25em;
    min-inline-size: min(100%, 12em);
  }
  .filter__select {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.375em 0.5em;
    min-block-size: 2.75em;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }
  .list {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [data-long] > .item > .card {
    content-visibility: auto;
    contain-intrinsic-size: auto 16em;
  }
  .item[hidden] {
    display: none !important;
  }
  @container (min-width: 36em) {
    :host(:not([layout='list'])) .list {
      grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    }
  }
  @media print {
    .filter {
      display: none;
    }
    [data-long] > .item > .card {
      content-visibility: visible;
    }
  }
`;
