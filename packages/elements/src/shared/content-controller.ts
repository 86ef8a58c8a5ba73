import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  fillPlaceholders,
  type BuiltInSection,
  type Content,
  type Locale,
  type ParseResult,
  type Problem,
  type SectionName,
} from '@ketahanan/model';
import { MAX_PROBLEMS_SHOWN } from './content-limits.js';
import { contentTimeout } from './content-timeout.js';
import { emit } from './events.js';
import { commonMessages, type MessagesHost } from './messages/index.js';
import { WARNING_CODES, warn } from './warnings.js';
import { builtInContent, matchBuiltIn } from './built-in-content.js';
import type { Checked } from './stepped-check.js';
import type { Failure, RawContent, SourceKind } from './content-source.js';
import { inlineJson } from './inline-json.js';
import type { SiteContent } from './load-site-content.js';
import { siteContent, whenSiteContent } from './site-content-cache.js';

/** What an element using content exposes; the controller reads these and reloads when they change. */
export interface ContentHost extends ReactiveControllerHost, HTMLElement, MessagesHost {
  /** A content document set from script (wins over everything else). */
  content: unknown;
  /** URL of a JSON content document. */
  src: string | undefined;
  /** How long to wait for `src`, in milliseconds. */
  timeout: number;
  readonly language: string;
}

/** Content that is there to show: validated, merged over the defaults, in the host's locale. */
export interface ReadyContent<C> {
  readonly status: 'ready';
  readonly content: C;
  /** The sections the source itself supplied (the rest are the built-in defaults). */
  readonly provided: readonly SectionName[];
  readonly source: SourceKind;
  /** The document as the source gave it, before validation; the same object until the source changes. */
  readonly document: unknown;
}

export type ContentState<C> =
  { readonly status: 'loading' } | ReadyContent<C> | ({ readonly status: 'error' } & KlErrorDetail);

/**
 * Detail of `kl-error`: what went wrong (localized), the first {@link MAX_PROBLEMS_SHOWN} problems in
 * document order, and where the content came from. `more` is true when the content has other problems
 * too (the model stops looking there, so 10,000 wrong items cost little); `ketahanan validate` lists all.
 */
export interface KlErrorDetail {
  readonly problems: readonly Problem[];
  readonly more: boolean;
  readonly source: SourceKind;
}

/** Reads an element's light-DOM fallback into a content document; `undefined` when there is none. */
export type MarkupReader = (host: HTMLElement) => unknown;

function failureProblem(failure: Failure, host: ContentHost): Problem {
  const located = 'text' in failure ? siteContent()?.jsonProblem(failure.text, host.locale) : undefined;
  return (
    located ?? {
      path: '',
      message: fillPlaceholders(host.language, commonMessages(host).common[failure.message], { ...failure }),
    }
  );
}

const LOADING = { status: 'loading' } as const;

/** A large document's check, running over several tasks, and what it checks (as the state cache's key). */
interface Checking<C> {
  readonly key: readonly unknown[];
  readonly done: Promise<Checked<ParseResult<C>>>;
}

/** What a check's result shows: the content, or the problems with it. */
function stateOf<C>(raw: RawContent & { value: unknown }, result: ParseResult<C>): ContentState<C> {
  return result.ok
    ? {
        status: 'ready',
        content: result.content,
        provided: result.provided,
        source: raw.kind,
        document: raw.value,
      }
    : { status: 'error', problems: result.problems, more: result.more === true, source: raw.kind };
}

/**
 * Gives an element its content: the `content` property, else a child `<script type="application/json">`,
 * else `src`, else the element's light-DOM fallback markup (when it reads one), else the model's defaults.
 * What a page gave is validated by the model for just the sections the element shows (a document of
 * thousands of items in steps across tasks, with the loading state meanwhile: see stepped-check.ts); the
 * built-in defaults are used as they are (built-in-content.ts). Reading and validating a page's own content
 * is site-content.ts, loaded the first time a page gives some (the loading state meanwhile), so a page
 * showing the built-in article never downloads the validator.
 * Failures become a localized error state, one console warning and one `kl-error` event; nothing is ever
 * thrown into the host page.
 */
export class ContentController<N extends SectionName> implements ReactiveController {
  #host: ContentHost;
  #sections: readonly BuiltInSection<N>[];
  #raw: RawContent | undefined;
  #readMarkup: MarkupReader | undefined;
  /** The sources as last read: `content`, `src`, inline JSON, fallback markup (as JSON text). */
  #seen: readonly [unknown, string | undefined, string | undefined, string | undefined] | undefined;
  #fetching: AbortController | undefined;
  #childObserver: MutationObserver | undefined;
  /**
   * The light DOM as last read: the inline JSON text, and the fallback markup as JSON text once asked for.
   * Read again only when the child observer saw a change, or after a reconnect; not on every update, where
   * each batch of a long list would otherwise copy a 2 MB inline document (or walk the fallback) again.
   */
  #children: { inline: string | undefined; markup?: string | undefined } | undefined;
  /** The last state, and what it was made from (an error's text also depends on the host's strings). */
  #cache: { key: readonly unknown[]; state: ContentState<Pick<Content, N>> } | undefined;
  #reported: RawContent | undefined;
  #checking: Checking<Pick<Content, N>> | undefined;
  /** Waiting for site-content.ts to load, before the page's content can be read. */
  #waiting: Promise<unknown> | undefined;

  /**
   * @param readMarkup Optional: reads the element's light-DOM fallback markup into a content document
   *   (or `undefined` when there is none). It is used after `src` and before the defaults, so the markup a
   *   page wrote for readers without JavaScript becomes the content, and is validated like any other.
   */
  constructor(host: ContentHost, sections: readonly BuiltInSection<N>[], readMarkup?: MarkupReader) {
    this.#host = host;
    this.#sections = sections;
    this.#readMarkup = readMarkup;
    host.addController(this);
  }

  /**
   * The content for the host's current locale, or why there is none. Current wherever it is read: a
   * `content` or `src` set since the last look is read now, not at the controller's turn in the update
   * (Lit runs the host's `willUpdate` before controllers' `hostUpdate`, and frameworks await one update).
   */
  get state(): ContentState<Pick<Content, N>> {
    const host = this.#host;
    const seen = this.#seen;
    if (host.isConnected && (!seen || host.content !== seen[0] || host.src !== seen[1])) this.#sync();
    const raw = this.#raw;
    if (!raw) return LOADING;
    const locale = host.locale;
    const key = [raw, locale, host.languagePacks, host.messages];
    const same = (other: readonly unknown[] | undefined) =>
      other?.every((part, index) => part === key[index]);
    if (same(this.#cache?.key)) return (this.#cache as { state: ContentState<Pick<Content, N>> }).state;
    if (same(this.#checking?.key)) return LOADING;
    this.#checking = undefined; // an older check stops at its next task
    const state = this.#evaluate(raw, locale, key);
    if (state) this.#cache = { key, state };
    return state ?? LOADING;
  }

  /**
   * Settles once a large document's check, running over several tasks, has ended (its content or error
   * then shows in the update it requested), or once site-content.ts has loaded; `undefined` when neither
   * is under way. The element's `updateComplete` waits for it, so one `await` shows 10,000 items as it
   * shows ten, and a page's first own content as the built-in one.
   */
  get checking(): Promise<unknown> | undefined {
    return this.#checking?.done ?? this.#waiting;
  }

  hostConnected(): void {
    // Frameworks often fill children after the element connects: watch for inline JSON arriving.
    this.#childObserver ??= new MutationObserver(() => {
      this.#children = undefined;
      this.#sync();
    });
    this.#childObserver.observe(this.#host, { childList: true, subtree: true, characterData: true });
    // Re-read after a move between documents or a re-insert (the children may have changed meanwhile).
    this.#seen = undefined;
    this.#children = undefined;
    this.#sync();
  }

  hostDisconnected(): void {
    this.#checking = undefined;
    this.#waiting = undefined;
    this.#childObserver?.disconnect();
    this.#fetching?.abort();
    this.#fetching = undefined;
  }

  hostUpdate(): void {
    this.#sync();
  }

  /** Re-reads the sources when any of them changed since the last look. */
  #sync(): void {
    const host = this.#host;
    const { content, src } = host;
    const children = (this.#children ??= { inline: inlineJson(host) });
    const { inline } = children;
    const unset = (content === undefined || content === null) && inline === undefined && !src;
    // Compared as JSON text, so a re-render that finds the same markup does not reload.
    if (unset && this.#readMarkup && !('markup' in children))
      children.markup = JSON.stringify(this.#readMarkup(host));
    const markup = unset ? children.markup : undefined;
    const seen = [content, src, inline, markup] as const;
    // Nothing was seen on the first look (and after a reconnect): that one is never skipped.
    if (this.#seen?.every((value, index) => value === seen[index])) return;
    this.#seen = seen;
    this.#fetching?.abort();
    this.#fetching = undefined;
    this.#waiting = undefined;

    const given = content !== undefined && content !== null;
    const kind: SourceKind = given
      ? 'property'
      : inline !== undefined
        ? 'inline'
        : src
          ? 'src'
          : markup !== undefined
            ? 'markup'
            : 'default';
    const site = siteContent();
    const value = kind === 'markup' ? (JSON.parse(markup as string) as unknown) : undefined;
    const builtIn = kind === 'markup' ? matchBuiltIn(this.#sections, value) : undefined;
    if (kind === 'default') {
      this.#set({ kind, value: {} });
    } else if (builtIn) {
      this.#set({ kind, value, builtIn });
    } else if (!site) {
      this.#waitForSiteContent(kind);
    } else if (given) {
      this.#set(typeof content === 'string' ? site.readJsonText(kind, content) : { kind, value: content });
    } else if (inline !== undefined) {
      this.#set(site.readJsonText(kind, inline));
    } else if (src) {
      this.#load(src, site);
    } else {
      this.#set({ kind, value });
    }
  }

  /**
   * Shows the loading state until site-content.ts has loaded, then reads the sources again; when it cannot
   * load (offline, or a script-tag file that failed its SRI check), an error state that says so (whatever
   * the source: the content itself was never read).
   */
  #waitForSiteContent(kind: SourceKind): void {
    this.#set(undefined);
    const waiting = whenSiteContent().then((site) => {
      if (this.#waiting !== waiting) return;
      this.#waiting = undefined;
      if (site) {
        this.#seen = undefined;
        this.#sync();
      } else {
        this.#set({ kind, failure: { message: 'errorChecker' } });
      }
    });
    this.#waiting = waiting;
  }

  #load(src: string, site: SiteContent): void {
    const fetching = new AbortController();
    this.#fetching = fetching;
    this.#set(undefined);
    void site.fetchJson(src, fetching.signal, contentTimeout(this.#host.timeout)).then((raw) => {
      if (raw && this.#fetching === fetching) {
        this.#fetching = undefined;
        this.#set(raw);
      }
    });
  }

  #set(raw: RawContent | undefined): void {
    this.#raw = raw;
    this.#host.requestUpdate();
    if (raw) this.#report(raw);
  }

  /** The state `raw` gives in `locale`; `undefined` while a large document is checked over later tasks. */
  #evaluate(
    raw: RawContent,
    locale: Locale,
    key: readonly unknown[],
  ): ContentState<Pick<Content, N>> | undefined {
    if ('failure' in raw)
      return {
        status: 'error',
        problems: [failureProblem(raw.failure, this.#host)],
        more: false,
        source: raw.kind,
      };
    if (raw.kind === 'default')
      return stateOf(raw, { ok: true, content: builtInContent(this.#sections, locale), provided: [] });
    if (raw.builtIn) {
      // What validating it would give: the sections it holds in its locale, the others in the reader's.
      const provided = raw.builtIn.provided as readonly N[];
      const given = builtInContent(this.#sections, raw.builtIn.locale);
      const content = builtInContent(this.#sections, locale);
      for (const name of provided) content[name] = given[name];
      return stateOf(raw, { ok: true, content, provided: [...provided] });
    }
    // Set only once site-content.ts has loaded (see #sync).
    const site = siteContent() as SiteContent;
    const steps = site.checkInSteps(raw.value, this.#sections, { locale, maxProblems: MAX_PROBLEMS_SHOWN });
    const first = site.runSlice(steps);
    if (first) return stateOf(raw, first.result);
    const checking: Checking<Pick<Content, N>> = {
      key,
      done: site.finishInTasks(steps, () => this.#checking !== checking),
    };
    this.#checking = checking;
    void checking.done.then((done) => {
      if (!done || this.#checking !== checking) return;
      this.#checking = undefined;
      this.#cache = { key, state: stateOf(raw, done.result) };
      this.#host.requestUpdate();
      this.#report(raw);
    });
    return undefined;
  }

  /** One warning and one event per failed load (not per render, not per language switch). */
  #report(raw: RawContent): void {
    if (this.#reported === raw) return;
    const state = this.state;
    if (state.status !== 'error') return;
    this.#reported = raw;
    const tag = this.#host.localName;
    const where = raw.kind === 'src' ? ` from src="${this.#host.src ?? ''}"` : ` (${raw.kind})`;
    const { problems, more, source } = state;
    const listed = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
    warn(
      WARNING_CODES.invalidContent,
      `<${tag}> could not use its content${where}: ${listed.join('; ')}${more ? '; and more (`ketahanan validate` lists them all)' : ''}`,
    );
    emit<KlErrorDetail>(this.#host, 'kl-error', { problems, more, source });
  }
}

declare global {
  interface HTMLElementEventMap {
    /** Content could not be used; the element shows its error state. */
    'kl-error': CustomEvent<KlErrorDetail>;
  }
}
