import { css } from 'lit';

/**
 * Tabs when there is room, stacked sections when there is not. The host is the size container, so the
 * switch follows the space the page gives the widget (a sidebar, a column), not the window width.
 */
export const explorerStyles = css`
  :host {
    container-type: inline-size;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p {
    margin: 0;
  }
  .explorer__tablist {
    display: flex;
    gap: 0.25em;
    border-block-end: 1px solid var(--_border);
  }
  .explorer__tab {
    flex: 1 1 0;
    margin: 0 0 -1px;
    padding: 0.625em 0.75em;
    border: 0;
    border-block-end: 0.25em solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: transparent;
    color: var(--_text);
    font: inherit;
    line-height: 1.3;
    text-align: start;
    cursor: pointer;
    transition: background-color var(--_motion);
  }
  .explorer__tab:hover {
    background: var(--_surface);
  }
  .explorer__tab[aria-selected='true'] {
    border-block-end-color: var(--_accent);
    color: var(--_accent);
    font-weight: 700;
  }
  .explorer__tab:focus-visible {
    outline-offset: -0.25em;
  }
  .explorer__panel {
    padding-block: var(--_space);
  }
  .explorer__panel,
  .explorer__section {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .explorer__section + .explorer__section {
    margin-block-start: calc(var(--_space) * 1.5);
    padding-block-start: calc(var(--_space) * 1.5);
    border-block-start: 1px solid var(--_border);
  }
  .explorer__heading {
    font-size: 1.25em;
    line-height: 1.25;
  }
  .explorer__subheading {
    font-size: 1em;
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .explorer__principle {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    margin-block-start: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-inline-start: 0.25em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .explorer__principle .explorer__subheading {
    margin: 0;
  }
  .explorer__empty {
    color: var(--_muted);
  }
  .explorer__stacked {
    display: none;
  }
  @container (width < 36em) {
    .explorer__tabs {
      display: none;
    }
    .explorer__stacked {
      display: block;
    }
  }
  /* On paper there is nothing to click: every challenge, one after another. */
  @media print {
    :host {
      background: none;
      color: #000;
    }
    .explorer__tabs {
      display: none;
    }
    .explorer__stacked {
      display: block;
    }
    .explorer__section {
      break-inside: avoid;
    }
    .explorer__principle {
      background: none;
      border-inline-start-color: currentColor;
    }
  }
  @media (forced-colors: active) {
    .explorer__tab[aria-selected='true'] {
      border-block-end-color: Highlight;
    }
  }
`;
