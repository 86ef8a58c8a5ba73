import { css } from 'lit';

/**
 * Design tokens and the base of every element's shadow root. Theming happens only through these `--kl-*`
 * custom properties (they inherit through the shadow boundary) and the documented `::part()` names.
 *
 * - Colours use `light-dark()`, so they follow `color-scheme`: the OS preference by default, or
 *   `--kl-color-scheme: dark` / `light` set by the page to force one. Browsers without `light-dark()`
 *   (Chrome < 123, Firefox < 120, Safari < 17.5) get the light colours: inside a custom property it would
 *   not fail until used, leaving black text on the page's own, possibly dark, background.
 * - Sizes are in `em` from a root of `medium` (the reader's default font size), never `rem`: a theme's
 *   `html { font-size: 62.5% }` must not shrink the widgets.
 * - Elements read private aliases (`--_accent`, `--_space`, …) that fall back to the defaults below, so a
 *   `--kl-*` value set on any ancestor (even `:root`) themes every widget inside it.
 * - `all: initial` on the host stops inherited host-page typography (letter-spacing, text-transform, …)
 *   from leaking in; what the page sets on the tag itself still wins, as it should.
 * - Long words break anywhere. `word-break: break-word` repeats what `overflow-wrap: anywhere` says for
 *   WebKit, which leaves a right-to-left word joined to a left-to-right one (`…المحليةKabupaten…`) out of
 *   the min-content size, so grid, flex and button boxes grew past the column there.
 * - In forced-colors mode accent text is `LinkText` (the system pairs it with `Canvas`; `Highlight`
 *   is only paired with `HighlightText`, and GTK themes give it 3:1 or less on `Canvas`), and filled
 *   accents put `Canvas` on `LinkText`, the same pair reversed.
 *
 * @cssproperty [--kl-color-scheme=light dark] - `light`, `dark`, or `light dark` to follow the OS.
 * @cssproperty --kl-color-text - Body text.
 * @cssproperty --kl-color-text-muted - Secondary text (descriptions, counts).
 * @cssproperty --kl-color-background - Widget background.
 * @cssproperty --kl-color-surface - Raised surfaces: panels, cards.
 * @cssproperty --kl-color-border - Borders and dividers.
 * @cssproperty --kl-color-accent - Interactive elements and selection.
 * @cssproperty --kl-color-accent-contrast - Text on the accent colour.
 * @cssproperty --kl-color-focus - Focus ring.
 * @cssproperty --kl-color-danger - Error text and borders.
 * @cssproperty --kl-color-danger-surface - Error background.
 * @cssproperty --kl-color-success - Confirmation text.
 * @cssproperty [--kl-font-family=system-ui, sans-serif] - Typeface.
 * @cssproperty [--kl-font-size=medium] - Base size; every other size is relative to it.
 * @cssproperty [--kl-line-height=1.5] - Body line height.
 * @cssproperty [--kl-radius=0.375em] - Corner radius.
 * @cssproperty [--kl-space=1em] - Spacing unit; gaps are multiples of it.
 * @cssproperty [--kl-focus-ring-width=3px] - Focus ring thickness.
 * @cssproperty [--kl-transition-duration=150ms] - Motion; 0 under `prefers-reduced-motion`.
 */
export const tokens = css`
  :host {
    --_text: var(--kl-color-text, light-dark(#1b1f24, #e9edf1));
    --_muted: var(--kl-color-text-muted, light-dark(#4a5561, #b4bec8));
    --_bg: var(--kl-color-background, light-dark(#ffffff, #14181c));
    --_surface: var(--kl-color-surface, light-dark(#f4f7f6, #1e2429));
    --_border: var(--kl-color-border, light-dark(#8a96a3, #6b7885));
    --_accent: var(--kl-color-accent, light-dark(#0b6e4f, #5fd4a8));
    --_on-accent: var(--kl-color-accent-contrast, light-dark(#ffffff, #0b1a14));
    --_focus: var(--kl-color-focus, light-dark(#b35c00, #ffb35c));
    --_danger: var(--kl-color-danger, light-dark(#a4161a, #ff8a8a));
    --_danger-bg: var(--kl-color-danger-surface, light-dark(#fdecec, #3a1618));
    --_success: var(--kl-color-success, light-dark(#0b6e4f, #5fd4a8));
    --_font: var(--kl-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_size: var(--kl-font-size, medium);
    --_leading: var(--kl-line-height, 1.5);
    --_radius: var(--kl-radius, 0.375em);
    --_space: var(--kl-space, 1em);
    --_ring: var(--kl-focus-ring-width, 3px);
    --_motion: var(--kl-transition-duration, 150ms);
  }
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--kl-color-text, #1b1f24);
      --_muted: var(--kl-color-text-muted, #4a5561);
      --_bg: var(--kl-color-background, #ffffff);
      --_surface: var(--kl-color-surface, #f4f7f6);
      --_border: var(--kl-color-border, #8a96a3);
      --_accent: var(--kl-color-accent, #0b6e4f);
      --_on-accent: var(--kl-color-accent-contrast, #ffffff);
      --_focus: var(--kl-color-focus, #b35c00);
      --_danger: var(--kl-color-danger, #a4161a);
      --_danger-bg: var(--kl-color-danger-surface, #fdecec);
      --_success: var(--kl-color-success, #0b6e4f);
    }
  }
`;

/**
 * Host reset, focus ring and the shared error/loading styles; every element's `styles` starts with these.
 * The host paints its own background, so our text keeps its contrast whatever colour scheme the page uses.
 */
export const base = css`
  :host {
    all: initial;
    display: block;
    color-scheme: var(--kl-color-scheme, light dark);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: var(--_leading);
    color: var(--_text);
    background: var(--_bg);
    overflow-wrap: anywhere;
    word-break: break-word;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden]:not([hidden='until-found']) {
    display: none !important;
  }
  :focus-visible {
    outline: var(--_ring) solid var(--_focus);
    outline-offset: 2px;
  }
  .problems {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    color: var(--_text);
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  .problems__title {
    color: var(--_danger);
    margin: 0 0 0.25em;
  }
  .problems__intro,
  .problems__list {
    margin: 0;
  }
  .problems__list {
    padding-inline-start: 1.25em;
  }
  .loading {
    color: var(--_muted);
    margin: 0;
  }
  .section-header {
    margin-block-end: var(--_space);
  }
  .section-header__title,
  .section-header__intro {
    margin: 0;
  }
  .section-header__intro {
    margin-block-start: 0.5em;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion: 0s;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: LinkText;
      --_on-accent: Canvas;
      --_focus: Highlight;
      --_danger: CanvasText;
      --_danger-bg: Canvas;
      --_success: CanvasText;
    }
  }
`;
