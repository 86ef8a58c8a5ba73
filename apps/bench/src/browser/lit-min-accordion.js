// @ts-check
// The floor for "a Lit element": the least a Lit accordion can be. Shadow DOM, one stylesheet, native
// <details> per item, an "open all" switch. No validation, no ARIA work beyond what <details> gives.
import { LitElement, css, html } from 'lit';

/** @typedef {{ id: string, question: string, answer: string }} Item */

export class BenchLitAccordion extends LitElement {
  /** @override */
  static properties = { items: { attribute: false }, allOpen: { type: Boolean, attribute: 'all-open' } };

  /** @override */
  static styles = css`
    :host {
      display: block;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      padding: 0.5em 0;
    }
  `;

  constructor() {
    super();
    /** @type {Item[]} */
    this.items = [];
    this.allOpen = false;
  }

  /** @override */
  render() {
    return this.items.map(
      (item) =>
        html`<details ?open=${this.allOpen}>
          <summary>${item.question}</summary>
          <p>${item.answer}</p>
        </details>`,
    );
  }
}

customElements.define('bench-lit-accordion', BenchLitAccordion);
