import { css } from 'lit';

/**
 * Why it looks this way (comments live here, not in the CSS, because text inside css`` ships to users):
 * - Every heading level looks the same: the level serves the page's outline, not the design.
 * - The chevron is drawn with borders in currentColor, so forced-colors mode keeps it visible. It turns with
 *   an animation when one question opens or closes, and at once for "show all" / "hide all" (the
 *   `--instant` list, see faq-accordion.ts).
 * - The panel has no padding of its own: a hidden="until-found" panel keeps its box (only its content is
 *   skipped), so the answer inside carries the spacing.
 * - In a long list (`data-long`) an item is `content-visibility: auto`: items out of view skip style,
 *   layout and paint, so a long FAQ costs what the visible ones cost, on first render and each time an
 *   answer opens and moves the items below it (`npm run bench`, N=1000: first render 1.29x → 0.7x native
 *   `<details>`, toggle 1.3–1.6x → 0.5–0.6x, "show all" 0.92x → 0.17x). Its estimated height is one line of
 *   question (3.1em; an item's real height is remembered once it has been shown), so the scrollbar barely
 *   moves as items come into view.
 * - That containment clips whatever an item's children paint outside it, so a question's focus ring is drawn
 *   inside its button (the button fills the item's width: a ring around it would not show at all), in
 *   short lists too, so every FAQ looks the same.
 * - On paper every answer is shown, and every item of a long list rendered: nobody can press a button or
 *   scroll there. `display: block` is for browsers without `hidden="until-found"` (Firefox < 148, Safari <
 *   26.2), which hide such a panel as plain `hidden`.
 */
export const faqStyles = css`
  .faq {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .faq__all {
    justify-self: end;
    font: inherit;
    font-size: 0.9375em;
    color: var(--_accent);
    background: none;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  .faq__item {
    border-block-end: 1px solid var(--_border);
  }
  [data-long] > .faq__item {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 3.1em;
  }
  .faq__item:first-child {
    border-block-start: 1px solid var(--_border);
  }
  .faq__heading {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 600;
    line-height: 1.35;
  }
  .faq__button {
    display: flex;
    align-items: center;
    gap: var(--_space);
    inline-size: 100%;
    min-block-size: 2.75em;
    margin: 0;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 0.5);
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .faq__button:focus-visible {
    outline-offset: calc(var(--_ring) * -1);
  }
  .faq__button:hover .faq__question {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .faq__question {
    flex: 1;
  }
  .faq__icon {
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: 0.25em;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    transform: translateY(-0.15em) rotate(45deg);
    transition: transform var(--_motion) ease-out;
  }
  [aria-expanded='true'] > .faq__icon {
    transform: translateY(0.15em) rotate(-135deg);
  }
  .faq__items--instant .faq__icon {
    transition: none;
  }
  .faq__answer {
    margin: 0;
    padding: 0 calc(var(--_space) * 0.5) var(--_space);
    white-space: pre-line;
  }
  .faq__empty {
    margin: 0;
    color: var(--_muted);
  }
  @media print {
    .faq__all,
    .faq__icon {
      display: none;
    }
    [data-long] > .faq__item,
    .faq__panel {
      content-visibility: visible;
    }
    .faq__panel {
      display: block;
    }
  }
`;
