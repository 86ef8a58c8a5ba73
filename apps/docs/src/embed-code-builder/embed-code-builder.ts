import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  contentUrl,
  createSnippet,
  isExactVersion,
  selfHostedBase,
  SNIPPET_TAGS,
  type IntegrityManifest,
  type SnippetTag,
} from '@ketahanan/elements/snippet';
import { builderStyles } from './embed-code-builder.styles.js';
import { copyText } from './copy-text.js';
import { CURRENT_INTEGRITY, CURRENT_VERSION } from './current-build.js';

const TAG_LABELS: Readonly<Record<SnippetTag, string>> = {
  'kl-faq-accordion': 'FAQ accordion (kl-faq-accordion)',
  'kl-principle-checklist': 'Principle checklist (kl-principle-checklist)',
  'kl-challenge-explorer': 'Challenge explorer (kl-challenge-explorer)',
  'kl-partner-cards': 'Partner cards (kl-partner-cards)',
};

type ScriptKind = 'module' | 'classic';
type Bundle = 'element' | 'split' | 'all';

/** The two radio choices of the form, by input name. */
interface Choices {
  script: ScriptKind;
  bundle: Bundle;
}

/**
 * The Embed code builder: pick an element, its language, a content URL and a version, and get the
 * paste-ready HTML from the same `createSnippet` the `ketahanan snippet` command (@ketahanan/cli) uses.
 */
@customElement('docs-embed-code-builder')
export class DocsEmbedCodeBuilder extends LitElement {
  static override styles = builderStyles;

  /** The version whose integrity hashes are known: by default the one this Storybook was built with. */
  @property({ attribute: 'current-version' }) currentVersion = CURRENT_VERSION;

  /** `dist/cdn/integrity.json` of {@link currentVersion}. */
  @property({ attribute: false }) integrity: IntegrityManifest | null = CURRENT_INTEGRITY;

  @state() private tag: SnippetTag = 'kl-faq-accordion';
  @state() private widgetLocale: 'id' | 'en' = 'id';
  @state() private src = '';
  @state() private version = '';
  @state() private baseUrl = '';
  /** The script kind chosen (public only so that one radio helper can set either choice). */
  @state() script: ScriptKind = 'module';
  /** The file chosen for an ES module script. */
  @state() bundle: Bundle = 'element';
  @state() private copyStatus = '';

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('currentVersion') && !this.version) this.version = this.currentVersion;
  }

  /** The snippet, or why there is none and which field is at fault. */
  get result(): { snippet: string } | { error: string; field: 'version' | 'src' | 'base-url' | undefined } {
    const version = this.version.trim();
    if (!isExactVersion(version)) {
      return {
        error: `"${version}" is not an exact version. Use three numbers, for example ${this.currentVersion || '1.2.3'}.`,
        field: 'version',
      };
    }
    const baseUrl = this.baseUrl.trim();
    if (baseUrl && selfHostedBase(baseUrl) === null) {
      return {
        error: `"${baseUrl}" cannot be a base URL for the script files. Use an https: address or a path starting with /, without ? or #.`,
        field: 'base-url',
      };
    }
    const src = this.src.trim();
    if (src && contentUrl(src) === null) {
      return {
        error: `"${src}" cannot be the content URL (src). Use an https: or http: address or a relative path, without invisible characters.`,
        field: 'src',
      };
    }
    const integrity = version === this.currentVersion ? this.integrity : null;
    try {
      return {
        snippet: createSnippet({
          tag: this.tag,
          locale: this.widgetLocale,
          version,
          integrity,
          script: this.script,
          // The file choice is hidden for the classic script, which is one file for every element.
          bundle: this.script === 'classic' ? 'element' : this.bundle,
          ...(src ? { src } : {}),
          ...(baseUrl ? { baseUrl } : {}),
        }),
      };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error), field: undefined };
    }
  }

  /** One radio button of the script or file choice. */
  #choice<K extends keyof Choices>(name: K, value: Choices[K], label: unknown): TemplateResult {
    return html`<label class="choice"
      ><input
        type="radio"
        name=${name}
        value=${value}
        .checked=${(this as Choices)[name] === value}
        @change=${() => {
          (this as Choices)[name] = value;
        }}
      />
      <span>${label}</span></label
    >`;
  }

  override render(): TemplateResult {
    const result = this.result;
    const version = this.version.trim();
    const noIntegrity = 'snippet' in result && (version !== this.currentVersion || !this.integrity);
    return html`<form
        class="builder"
        @submit=${(event: Event) => {
          event.preventDefault();
        }}
      >
        <div class="field">
          <label for="tag">Element</label>
          <select id="tag" @change=${this.#onTag}>
            ${SNIPPET_TAGS.map((tag) => html`<option value=${tag} ?selected=${tag === this.tag}>${TAG_LABELS[tag]}</option>`)}
          </select>
        </div>
        <fieldset class="field">
          <legend>Widget language</legend>
          ${(['id', 'en'] as const).map(
            (locale) =>
              html`<label class="choice"
                ><input
                  type="radio"
                  name="locale"
                  value=${locale}
                  .checked=${this.widgetLocale === locale}
                  @change=${() => {
                    this.widgetLocale = locale;
                  }}
                />
                <span>${locale === 'id' ? 'Bahasa Indonesia (id)' : 'English (en)'}</span></label
              >`,
          )}
        </fieldset>
        <div class="field">
          <label for="src">Content URL <span class="optional">(optional)</span></label>
          <input
            id="src"
            type="url"
            inputmode="url"
            autocomplete="off"
            placeholder="https://example.go.id/ketahanan.json"
            aria-describedby="src-hint"
            aria-invalid=${'error' in result && result.field === 'src' ? 'true' : 'false'}
            .value=${this.src}
            @input=${this.#onSrc}
          />
          <p class="hint" id="src-hint">
            Leave empty to show the built-in content of the article. An https address, or one relative to your
            site; your JSON must be served as <code>application/json</code>, and with CORS if it is on another
            site.
          </p>
        </div>
        <div class="field">
          <label for="version">Version</label>
          <input
            id="version"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="version-hint"
            aria-invalid=${'error' in result && result.field === 'version' ? 'true' : 'false'}
            .value=${this.version}
            @input=${this.#onVersion}
          />
          <p class="hint" id="version-hint">
            An exact version: the URL and its integrity hash then never change under your page.
          </p>
        </div>
        <div class="field">
          <label for="base-url">Your own copy of the files <span class="optional">(optional)</span></label>
          <input
            id="base-url"
            type="url"
            inputmode="url"
            autocomplete="off"
            spellcheck="false"
            placeholder="https://pemda.example/js/ketahanan/"
            aria-describedby="base-url-hint"
            aria-invalid=${'error' in result && result.field === 'base-url' ? 'true' : 'false'}
            .value=${this.baseUrl}
            @input=${this.#onBaseUrl}
          />
          <p class="hint" id="base-url-hint">
            For a site that loads no third-party script: the folder where you serve a copy of this version's
            <code>dist/cdn/</code> files. Leave empty to load them from jsDelivr. The integrity hash is the
            same.
          </p>
        </div>
        <fieldset class="field">
          <legend>Script</legend>
          ${this.#choice('script', 'module', 'ES module (recommended)')}
          ${this.#choice(
            'script',
            'classic',
            html`Classic script, for a CMS that removes <code>type="module"</code>`,
          )}
        </fieldset>
        ${
          this.script === 'module'
            ? html`<fieldset class="field">
                <legend>File</legend>
                ${this.#choice('bundle', 'element', 'This element only (smallest)')}
                ${this.#choice(
                  'bundle',
                  'split',
                  "This element, sharing one core with the page's other widgets (Lit loads once)",
                )}
                ${this.#choice('bundle', 'all', 'All elements, for a page with several')}
              </fieldset>`
            : nothing
        }
      </form>
      ${
        'error' in result
          ? html`<p class="error" role="alert">${result.error}</p>`
          : html`<div class="output">
              <div class="output__bar">
                <h3 class="output__title" id="snippet-title">Embed code</h3>
                <button type="button" class="copy" @click=${() => this.#copy(result.snippet)}>
                  Copy code
                </button>
                <p class="copy-status" role="status">${this.copyStatus}</p>
              </div>
              ${
                noIntegrity
                  ? html`<p class="warning">
                      No integrity hash is known here for version ${version}: this snippet has no
                      <code>integrity</code> attribute. The command of that version knows its hashes:
                      <code>npx @ketahanan/cli@${version} snippet ${this.tag}</code>.
                    </p>`
                  : nothing
              }
              <pre tabindex="0" aria-labelledby="snippet-title"><code>${result.snippet}</code></pre>
            </div>`
      }`;
  }

  #onTag(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const tag = SNIPPET_TAGS.find((candidate) => candidate === value);
    if (tag) this.tag = tag;
  }

  #onSrc(event: Event): void {
    this.src = (event.target as HTMLInputElement).value;
  }

  #onVersion(event: Event): void {
    this.version = (event.target as HTMLInputElement).value;
  }

  #onBaseUrl(event: Event): void {
    this.baseUrl = (event.target as HTMLInputElement).value;
  }

  async #copy(text: string): Promise<void> {
    this.copyStatus = '';
    const copied = await copyText(text);
    this.copyStatus = copied
      ? 'Copied to the clipboard.'
      : 'Could not reach the clipboard: select the code and press Ctrl+C (⌘C on a Mac).';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'docs-embed-code-builder': DocsEmbedCodeBuilder;
  }
}
