import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { TokenUse } from './shipped-tokens.js';
import type { DesignToken } from './token-source.js';

/** `light-dark(a, b)` → [a, b]; any other value is the same in both schemes. */
function splitLightDark(value: string): readonly [string, string] {
  const match = /^light-dark\((.*)\)$/s.exec(value.trim());
  if (!match?.[1]) return [value, value];
  let depth = 0;
  const inner = match[1];
  for (let index = 0; index < inner.length; index += 1) {
    const char = inner[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === ',' && depth === 0)
      return [inner.slice(0, index).trim(), inner.slice(index + 1).trim()];
  }
  return [value, value];
}

/** JSDoc text with its `code` spans rendered as code. */
function withCode(text: string): unknown[] {
  return text.split('`').map((part, index) => (index % 2 ? html`<code>${part}</code>` : part));
}

/**
 * A table of every design token with a live specimen in light and dark. Specimens use
 * `var(<token>, <default>)`, so an override set on the page shows here too.
 */
@customElement('docs-token-specimens')
export class DocsTokenSpecimens extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 0.5rem;
    }
    th {
      font-weight: 400;
    }
    .token-name {
      font-weight: 700;
    }
    .uses {
      margin: 0.25rem 0 0;
      padding-inline-start: 1rem;
      font-size: 0.875rem;
    }
    th,
    td {
      border-block-end: 1px solid #8a96a3;
      padding: 0.5rem;
      text-align: start;
      vertical-align: middle;
    }
    code {
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    .scheme {
      padding: 0.5rem;
      border-radius: 0.25rem;
      background: Canvas;
      color: CanvasText;
      min-inline-size: 9rem;
    }
    .scheme--light {
      color-scheme: light;
    }
    .scheme--dark {
      color-scheme: dark;
    }
    .swatch {
      display: inline-block;
      inline-size: 2.5rem;
      block-size: 2.5rem;
      border: 1px solid #8a96a3;
      border-radius: 0.25rem;
      vertical-align: middle;
      margin-inline-end: 0.5rem;
    }
    .box {
      display: inline-block;
      inline-size: 3rem;
      block-size: 2rem;
      border: 2px solid currentColor;
    }
    .bar {
      display: block;
      block-size: 0.75rem;
      background: currentColor;
    }
  `;

  /** The tokens to show, in order. */
  @property({ attribute: false }) tokens: readonly DesignToken[] = [];

  /** Which elements use each token and for what, by token name (from the custom elements manifest). */
  @property({ attribute: false }) uses: ReadonlyMap<string, readonly TokenUse[]> = new Map();

  override render(): TemplateResult {
    return html`<table>
      <caption>
        Design tokens (${this.tokens.length})
      </caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
        </tr>
      </thead>
      <tbody>
        ${this.tokens.map((token) => this.#row(token))}
      </tbody>
    </table>`;
  }

  #row(token: DesignToken): TemplateResult {
    const [light, dark] = splitLightDark(token.fallback);
    const uses = this.uses.get(token.name) ?? [];
    return html`<tr>
      <th scope="row">
        <code class="token-name">${token.name}</code>
        ${
          uses.length
            ? html`<ul class="uses">
                ${uses.map((use) => html`<li><code>${use.tag}</code>: ${withCode(use.description)}</li>`)}
              </ul>`
            : nothing
        }
      </th>
      <td><div class="scheme scheme--light">${this.#specimen(token, light)}</div></td>
      <td><div class="scheme scheme--dark">${this.#specimen(token, dark)}</div></td>
    </tr>`;
  }

  #specimen(token: DesignToken, value: string): TemplateResult {
    const live = `var(${token.name}, ${token.fallback})`;
    const label = html`<code>${value || '(none)'}</code>`;
    switch (token.kind) {
      case 'color':
        return html`<span class="swatch" aria-hidden="true" style=${styleMap({ background: live })}></span
          >${label}`;
      case 'font-family':
        return html`<p style=${styleMap({ fontFamily: live, margin: '0' })}>Ketahanan lokal</p>
          ${label}`;
      case 'font-size':
        return html`<p style=${styleMap({ fontSize: live, margin: '0' })}>Aa</p>
          ${label}`;
      case 'line-height':
        return html`<p style=${styleMap({ lineHeight: live, margin: '0', maxInlineSize: '8rem' })}>
            Kemitraan memperkuat ketahanan lokal.
          </p>
          ${label}`;
      case 'length':
        return html`${this.#lengthSpecimen(token.name, live)}${label}`;
      case 'scheme':
      case 'duration':
      case 'other':
        return label;
    }
  }

  #lengthSpecimen(name: string, live: string): TemplateResult {
    if (name.includes('radius')) {
      return html`<span class="box" aria-hidden="true" style=${styleMap({ borderRadius: live })}></span> `;
    }
    if (name.includes('width')) {
      return html`<span class="box" aria-hidden="true" style=${styleMap({ borderWidth: live })}></span> `;
    }
    return html`<span class="bar" aria-hidden="true" style=${styleMap({ inlineSize: live })}></span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'docs-token-specimens': DocsTokenSpecimens;
  }
}
