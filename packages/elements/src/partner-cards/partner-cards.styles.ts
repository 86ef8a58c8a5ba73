import { css } from 'lit';

/** The list, its filter and its count; the cards themselves use `cardStyles`. */
export const listStyles = css`
  .cards {
    container-type: inline-size;
    display: grid;
    /* minmax(0, …): a 20,000-character name must wrap, not widen the column. */
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
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }
  .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Cards out of view skip layout and paint: what keeps 1,000 of them light. */
  .item > .card {
    content-visibility: auto;
    contain-intrinsic-size: auto 16em;
  }
  @container (min-width: 36em) {
    :host(:not([layout='list'])) .list {
      grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    }
    :host([layout='list']) .card__facts {
      grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    }
  }
  @media print {
    .filter {
      display: none;
    }
    .item > .card {
      content-visibility: visible;
    }
  }
`;
