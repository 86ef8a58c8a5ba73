import { css } from 'lit';

export const builderStyles = css`
  :host {
    display: block;
    font-family: system-ui, sans-serif;
    line-height: 1.5;
    /* Follows the story frame's colour scheme, so it reads well in both. */
    background: Canvas;
    color: CanvasText;
  }
  .builder {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
  }
  .field {
    margin: 0;
    border: 0;
    padding: 0;
    min-inline-size: 0;
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  label,
  legend {
    font-weight: 600;
  }
  .choice {
    font-weight: 400;
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    min-block-size: 2rem;
  }
  /* WCAG 2.2 target size: at least 24 px to click. */
  input[type='radio'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: light-dark(#0b6e4f, #5fd4a8);
  }
  .optional,
  .hint {
    font-weight: 400;
    color: light-dark(#4a5561, #b4bec8);
  }
  .hint {
    margin: 0;
    font-size: 0.875rem;
  }
  select,
  input:not([type='radio']) {
    font: inherit;
    inline-size: 100%;
    padding: 0.375rem 0.5rem;
    border: 1px solid light-dark(#6b7885, #8a96a3);
    border-radius: 0.25rem;
  }
  [aria-invalid='true'] {
    border-color: light-dark(#a4161a, #ff8a8a);
    outline: 2px solid light-dark(#a4161a, #ff8a8a);
  }
  :focus-visible {
    outline: 3px solid light-dark(#b35c00, #ffb35c);
    outline-offset: 2px;
  }
  .error {
    color: light-dark(#a4161a, #ff8a8a);
    font-weight: 600;
  }
  .warning {
    border-inline-start: 4px solid light-dark(#b35c00, #ffb35c);
    padding-inline-start: 0.75rem;
  }
  .output {
    margin-block-start: 1.5rem;
  }
  .output__bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem;
  }
  .output__title {
    margin: 0;
    font-size: 1.125rem;
  }
  .copy {
    font: inherit;
    font-weight: 600;
    color: light-dark(#ffffff, #0b1a14);
    background: light-dark(#0b6e4f, #5fd4a8);
    border: 0;
    border-radius: 0.25rem;
    padding: 0.375rem 1rem;
    cursor: pointer;
  }
  .copy-status {
    margin: 0;
  }
  pre {
    background: #14181c;
    color: #e9edf1;
    padding: 1rem;
    border-radius: 0.375rem;
    overflow: auto;
    max-block-size: 28rem;
    /* Long lines (the script URL, the fallback answers) wrap: the whole snippet is readable without scrolling sideways. */
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.8125rem;
  }
`;
