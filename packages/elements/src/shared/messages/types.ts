/**
 * The shape of every UI string the elements show. Content (questions, principles, …) comes from the model;
 * these are the words around it: buttons, progress, errors. Every configurable string lives here, and each
 * locale file must satisfy this type (a test also compares the keys and placeholders at run time).
 *
 * Strings are plain data in the model's message format (`formatMessage`): `{name}` placeholders, and plural
 * forms as `{ one?, two?, few?, many?, zero?, other }` objects picked by `Intl.PluralRules`. Nothing here is
 * a function, so a page can override any string, or add a language, with the same keys in JSON.
 */
import type { PluralMessage } from '@ketahanan/model';

/** Counted text: one form per CLDR plural category the language uses; `{count}` is replaced. */
export type PluralText = PluralMessage;

export interface Messages {
  readonly common: {
    readonly loading: string;
    /** Heading of the error state. */
    readonly errorTitle: string;
    /** Sentence before the list of problems. */
    readonly errorIntro: string;
    /** One problem; `{path}` and `{message}` are replaced. */
    readonly problemAt: string;
    /** A problem about the whole document (no path). */
    readonly problemWhole: string;
    readonly errorNetwork: string;
    /**
     * The page gave content of its own, but the part of the widget that reads and checks it (`site-content.js`)
     * did not load (offline, refused by its SRI hash or by a Trusted Types policy), so the content was not read.
     */
    readonly errorChecker: string;
    /** `{seconds}` is replaced. */
    readonly errorTimeout: string;
    /** `{status}` is replaced. */
    readonly errorHttp: string;
    readonly errorNotJson: string;
    /** `src` was sent as another media type than JSON; `{mediaType}` (such as `text/html`) is replaced. */
    readonly errorContentType: string;
    /** `src` was sent with no (valid) Content-Type. */
    readonly errorNoContentType: string;
    readonly errorTooLarge: string;
    /**
     * After the first problems listed, how many more there are; `{count}` is replaced. Worded to need no
     * plural forms (`and 1 more`, `and 2 more`): the plural rules would cost every element bytes.
     */
    readonly moreProblems: string;
  };
  readonly faq: {
    readonly showAll: string;
    readonly hideAll: string;
    /** Shown when the content has no questions. */
    readonly empty: string;
  };
  readonly explorer: {
    readonly tablistLabel: string;
    readonly solution: string;
    /** Heading above the principle related to a challenge (where the content links one). */
    readonly principle: string;
    /** Shown when the content has no challenges at all. */
    readonly empty: string;
  };
  readonly checklist: {
    readonly legend: string;
    /** Visible progress and its announcement; `{count}` and `{total}` are replaced. */
    readonly progress: PluralText;
    /** Confirmation once every principle is checked. */
    readonly allDone: string;
    readonly adviceHeading: string;
    /** Label before the challenge related to an unchecked principle (where the content links one). */
    readonly adviceChallenge: string;
    /** Label before that challenge's solution. */
    readonly adviceSolution: string;
    readonly reset: string;
    /** Shown when the browser will not store the answers (private mode, full or blocked storage). */
    readonly notSaved: string;
  };
  readonly cards: {
    readonly filterLabel: string;
    readonly sectorLabel: string;
    readonly areaLabel: string;
    readonly allSectors: string;
    readonly allAreas: string;
    /** Live count when the cards are the site owner's partners. */
    readonly shown: PluralText;
    /** Live count when the cards are partnerships (the default content). */
    readonly shownPartnerships: PluralText;
    readonly empty: string;
    readonly partnersHeading: string;
    readonly contributionsHeading: string;
    readonly outcomesHeading: string;
    readonly contributions: {
      readonly finansial: string;
      readonly teknis: string;
      readonly sdm: string;
      readonly pengetahuan: string;
    };
    /** Shown by a `kl-partner-card` given neither a `name` nor a `partner`. */
    readonly missingName: string;
  };
}
