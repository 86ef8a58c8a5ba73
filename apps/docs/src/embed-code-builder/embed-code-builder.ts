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

/** The radio choices of the form, by input name. */
interface Choices {
  locale: 'id' | 'en';
  script: ScriptKind;
  bundle: Bundle;
}

/** The form's text inputs, by id; the id is also the `field` an error names. */
type TextFieldId = 'src' | 'version' | 'base-url';

/** One labelled text input with its hint. */
interface TextField {
  id: TextFieldId;
  label: TemplateResult | string;
  hint: TemplateResult;
  value: string;
  set: (value: string) => void;
  /** A URL input (`type="url"`, the URL keyboard on phones); otherwise a version number (the decimal keyboard). */
  url?: boolean;
  placeholder?: string;
  /** False for codes and addresses, where spelling suggestions only get in the way. */
  spellcheck?: boolean;
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
  /** The widget language chosen (public, like the other choices, for the one radio helper). */
  @state() locale: 'id' | 'en' = 'id';
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
  get result(): { snippet: string } | { error: string; field: TextFieldId | undefined } {
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
          locale: this.locale,
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

  /** One text input with its label and hint, marked invalid when the current error is about it. */
  #textField(result: DocsEmbedCodeBuilder['result'], field: TextField): TemplateResult {
    const hintId = `${field.id}-hint`;
    return html`<div class="field">
      <label for=${field.id}>${field.label}</label>
      <input
        id=${field.id}
        type=${field.url ? 'url' : 'text'}
        inputmode=${field.url ? 'url' : 'decimal'}
        autocomplete="off"
        spellcheck=${field.spellcheck === false ? 'false' : nothing}
        placeholder=${field.placeholder ?? nothing}
        aria-describedby=${hintId}
        aria-invalid=${'error' in result && result.field === field.id ? 'true' : 'false'}
        .value=${field.value}
        @input=${(event: Event) => {
          field.set((event.target as HTMLInputElement).value);
        }}
      />
      <p class="hint" id=${hintId}>${field.hint}</p>
    </div>`;
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
          ${this.#choice('locale', 'id', 'Bahasa Indonesia (id)')}
          ${this.#choice('locale', 'en', 'English (en)')}
        </fieldset>
        ${this.#textField(result, {
          id: 'src',
          label: html`Content URL <span class="optional">(optional)</span>`,
          hint: html`Leave empty to show the built-in content of the article. An https address, or one
            relative to your site; your JSON must be served as <code>application/json</code>, and with CORS if
            it is on another site.`,
          value: this.src,
          set: (value) => (this.src = value),
          url: true,
          placeholder: 'https://example.go.id/ketahanan.json',
        })}
        ${this.#textField(result, {
          id: 'version',
          label: 'Version',
          hint: html`An exact version: the URL and its integrity hash then never change under your page.`,
          value: this.version,
          set: (value) => (this.version = value),
          spellcheck: false,
        })}
        ${this.#textField(result, {
          id: 'base-url',
          label: html`Your own copy of the files <span class="optional">(optional)</span>`,
          hint: html`For a site that loads no third-party script: the folder where you serve a copy of this
            version's <code>dist/cdn/</code> files. Leave empty to load them from jsDelivr. The integrity hash
            is the same.`,
          value: this.baseUrl,
          set: (value) => (this.baseUrl = value),
          url: true,
          placeholder: 'https://pemda.example/js/ketahanan/',
          spellcheck: false,
        })}
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
