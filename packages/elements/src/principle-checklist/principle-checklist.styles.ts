import { css } from 'lit';

/**
 * - Both lists are block flow with margins, not grid with gap: a tick adds or removes one advice item, and
 *   a grid re-places every item after it while block flow does not (measured at 1,000 principles).
 * - The space between items is every item's top margin, taken back once by the list's own negative margin:
 *   a `* + *` rule instead makes Chromium restyle all 1,000 advice items when the first one goes (a tick's
 *   style time 12 ms → 1 ms).
 * - An advice item contains its layout and paint: a tick moves every item after the one it hides, and
 *   the browser then updates each moved item's paint properties without walking into it.
 * - A principle contains its layout (not its paint, which would clip the focus ring): the progress text
 *   after the list changes with every tick, and without it Chromium walked all 1,000 principles to update
 *   paint properties and compositing inputs (5 ms of a tick at 1,000 principles).
 * - A long list's advice block (see shared/long-list.ts) is `content-visibility: auto`: while it is out of
 *   view (below the boxes) the browser skips its layout and paint, so a tick does not move hundreds of advice
 *   items nobody sees (a tick at 1,000 principles: 12.9 → 3.5 ms of main-thread time in `npm run bench`;
 *   first render 335 → 177 ms). Only a long list: axe-core reads skipped text against the page's background
 *   (its issue #2768), and a short list, on screen with its boxes, has nothing to gain. On paper it is
 *   rendered: Chromium prints skipped content by itself, but not under an emulated print medium.
 */
export const checklistStyles = css`
  p,
  ul,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  .checklist__fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .checklist__legend {
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.75);
    font-size: 1.125em;
    font-weight: 700;
  }
  .checklist__items,
  .checklist__advice-list {
    margin-block-start: calc(var(--_space) * -0.75);
  }
  .checklist__items > *,
  .checklist__advice-list > * {
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .checklist__item {
    contain: layout;
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: calc(var(--_space) * 0.75);
    align-items: baseline;
  }
  .checklist__checkbox {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
    align-self: start;
    margin-block-start: 0.125em;
  }
  .checklist__label {
    font-weight: 600;
    cursor: pointer;
  }
  .checklist__description {
    grid-column: 2;
    color: var(--_muted);
  }
  :disabled + .checklist__label {
    cursor: default;
    color: var(--_muted);
  }
  .checklist__progress {
    display: grid;
    gap: 0.25em;
    margin-block: calc(var(--_space) * 1.25) var(--_space);
  }
  .checklist__progress-text {
    font-weight: 600;
  }
  .checklist__progress-bar {
    inline-size: 100%;
    block-size: 0.75em;
    accent-color: var(--_accent);
  }
  .checklist__live {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .checklist__advice {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .checklist__advice--long {
    content-visibility: auto;
    contain-intrinsic-size: auto 50em;
  }
  .checklist__advice-heading {
    font-size: 1em;
  }
  .checklist__advice-item {
    display: grid;
    gap: 0.25em;
    contain: layout paint;
  }
  .checklist__advice-label {
    font-weight: 600;
  }
  .checklist__done {
    padding: var(--_space);
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
    color: var(--_success);
    font-weight: 600;
  }
  .checklist__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    margin-block-start: var(--_space);
  }
  .checklist__reset {
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .checklist__reset:hover {
    background: var(--_surface);
  }
  .checklist__reset:disabled {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: default;
  }
  .checklist__note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* On paper: the answers and the advice, nothing to press. */
  @media print {
    :host {
      background: none;
      color: #000;
    }
    .checklist__actions {
      display: none;
    }
    .checklist__item,
    .checklist__advice-item {
      break-inside: avoid;
    }
    .checklist__checkbox {
      print-color-adjust: exact;
    }
    .checklist__advice {
      content-visibility: visible;
      background: none;
      border: 1px solid currentColor;
    }
  }
`;
