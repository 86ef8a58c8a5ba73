import { LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Locale } from '@ketahanan/model';
import { restoreStyles } from './document-styles.js';
import { headingLevel } from './heading.js';
import { LocaleController } from './locale-controller.js';
import { addLanguagePack } from './messages/language-packs.js';
import { commonMessages } from './messages/index.js';
import { messagesFromAttribute } from './messages/messages-attribute.js';
import { base, tokens } from './tokens.styles.js';
import { VERSION } from './version.js';
import { WARNING_CODES, warn } from './warnings.js';

/**
 * The base of every Ketahanan Lokal element (in the spirit of Shoelace's `ShoelaceElement`): its version,
 * the shared tokens and base styles, its language, `heading-level`, its styles back after a move, and the
 * contract frameworks rely on: any property or attribute change shows after ONE `await el.updateComplete`.
 * An element that shows content extends {@link KlContentElement} instead.
 *
 * Every element declares its properties in `static properties` (Lit merges them with the base's), never
 * with decorators: the decorator module and its helper would cost about 0.35 KB brotli in each script-tag
 * file, and those files have tight size targets.
 */
export abstract class KlElement extends LitElement {
  /**
   * This copy's package version: a page holding two copies can tell which one defined the tag.
   * @readonly
   */
  static version = VERSION;

  /**
   * Adds a language pack (or overrides built-in strings) for every element on the page, also those already
   * shown. The same function as the package's `addLanguagePack` export, here so that a page with only a
   * per-element script tag reaches it too: `customElements.get('kl-faq-accordion').addLanguagePack(pack)`.
   */
  static addLanguagePack = addLanguagePack;

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', converter: { fromAttribute: headingLevel } },
    messages: { converter: { fromAttribute: messagesFromAttribute } },
  };

  /**
   * Level of the element's headings in the page's outline; sub-headings go one deeper. A number is kept
   * within 1–6 (`9` gives 6); anything else gives 3.
   */
  headingLevel = 3;

  /**
   * This element's own UI strings, over the built-in ones and the page's language packs: the same keys as
   * a pack's `messages`, e.g. `{ "faq": { "showAll": "Buka semua jawaban" } }`. As an attribute, JSON:
   * `messages='{"faq":{"showAll":"Buka semua jawaban"}}'`. They apply in whatever language the element
   * shows; an unknown key or a wrong placeholder is ignored with a coded warning (KL302, KL303).
   */
  declare messages: object | undefined;

  readonly #locale = new LocaleController(this);

  /** Set once an update threw; the element then stays on its fallback (see {@link performUpdate}). */
  #stopped = false;

  /**
   * The language the element's content is in: `id` or `en`, from `lang` on it or its nearest ancestor
   * (else `<html>`), or the language a page's pack for that `lang` falls back to.
   */
  get locale(): Locale {
    return this.#locale.locale;
  }

  /** The language tag the UI strings are in: `jv` when a page's `jv` pack applies, else like `locale`. */
  get language(): string {
    return this.#locale.language;
  }

  /** The page's language packs' strings for {@link language}, most specific first. @internal */
  get languagePacks(): readonly object[] {
    return this.#locale.packs;
  }

  /**
   * The shared tokens and base (host reset, focus ring, error state). Every element's styles start with
   * them: `static styles = [super.styles, ownStyles]`, Lit's way of inheriting styles.
   */
  static override styles: CSSResultGroup = [tokens, base];

  /**
   * Nothing an update throws reaches the host page. The one expected case is Trusted Types: a page whose
   * `trusted-types` directive refuses Lit's policy makes every render throw. The element then fails
   * closed: it stops rendering, warns once (KL401), and shows the page's own fallback markup (its light
   * DOM, through a slot) or, with none, the error state's localized title. Built with DOM calls, not a template,
   * since a template is what failed.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      if (this.#stopped) return;
      this.#stopped = true;
      warn(WARNING_CODES.renderFailed, `<${this.localName}> stopped and shows its fallback markup:`, error);
      const notice = document.createElement('p');
      notice.setAttribute('part', 'error');
      notice.setAttribute('role', 'alert');
      notice.textContent = commonMessages(this).common.errorTitle;
      const slot = document.createElement('slot');
      slot.append(notice);
      this.renderRoot.replaceChildren(slot);
    }
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    return !this.#stopped && super.shouldUpdate(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    restoreStyles(this);
  }

  /**
   * `lang` (here or on an ancestor) and the children the element reads arrive through MutationObservers,
   * whose records are delivered in a microtask. Waiting for that microtask first means their update is
   * the one `updateComplete` waits for, so one `await` is enough for those changes too.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await Promise.resolve();
    return super.getUpdateComplete();
  }
}
