/** One thing wrong with a content document: where (`faq[2].answer`, or `''` for the whole document) and what. */
export interface Problem {
  readonly path: string;
  /** Localized, one sentence, no trailing stack or internals. */
  readonly message: string;
}
