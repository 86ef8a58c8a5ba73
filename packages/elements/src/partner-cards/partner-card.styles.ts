import { css } from 'lit';

/**
 * The card's look, shared by `kl-partner-card` and the cards `kl-partner-cards` renders itself.
 *
 * The link's `::after` covers the card, so the whole card is its click area; the focus ring is drawn on
 * the card for the same reason, with `:has()`; browsers without it (Firefox < 121) keep the link's own ring.
 * On paper nothing is clickable: the link prints its address instead.
 */
export const cardStyles = css`
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    block-size: 100%;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    transition: border-color var(--_motion);
  }
  .card:has(.card__link:hover) {
    border-color: var(--_accent);
  }
  .card:has(.card__link:focus-visible) {
    outline: var(--_ring) solid var(--_focus);
    outline-offset: 2px;
  }
  @supports selector(:has(a)) {
    .card__link:focus-visible {
      outline: none;
    }
  }
  .card__head {
    display: flex;
    align-items: center;
    gap: 0.75em;
  }
  .card__name {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
    font-weight: 700;
  }
  .card__link {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .card__link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }
  .card__logo {
    flex: none;
    inline-size: 3em;
    block-size: 3em;
    object-fit: contain;
    border-radius: var(--_radius);
  }
  .card__initials {
    display: grid;
    place-items: center;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .card__badges,
  .card__description,
  .card__facts,
  .card__facts dd,
  ::slotted(*) {
    margin: 0;
  }
  .card__badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .card__badge {
    padding: 0 0.6em;
    border: 1px solid var(--_accent);
    border-radius: 1em;
    color: var(--_accent);
    font-size: 0.875em;
  }
  .card__facts {
    font-size: 0.9375em;
  }
  .card__facts dt {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .card__facts dd + dt {
    margin-block-start: 0.5em;
  }
  .card__list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .card__initials {
      border: 1px solid CanvasText;
    }
    .card__link {
      color: LinkText;
    }
  }
  @media print {
    .card {
      break-inside: avoid;
      border-color: #000;
      background: none;
      color: #000;
    }
    .card__link {
      color: inherit;
    }
    .card__link::after {
      position: static;
      content: ' <' attr(href) '>';
      font-weight: 400;
      font-size: 0.8em;
    }
    .card__badge {
      border-color: #000;
      color: #000;
    }
  }
`;
