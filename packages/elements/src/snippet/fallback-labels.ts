import type { Locale } from '@ketahanan/model';
import { messagesFor } from '../shared/messages/index.js';

/** The UI words a fallback writes besides the content itself, in one language. */
export interface FallbackLabels {
  /** Before each challenge's solution ("Solusi" / "Solution"); the explorer drops it when it reads the markup. */
  readonly solution: string;
  /** Before the partners of a partnership ("Mitra" / "Partners"). */
  readonly partnersHeading: string;
  /** Before the outcomes of a partnership ("Hasil" / "Outcomes"). */
  readonly outcomesHeading: string;
}

/**
 * The labels the fallback markup uses, for renderers in other languages (the WordPress plugin's PHP) that must
 * write exactly what `createElementMarkup` writes.
 */
export function fallbackLabels(locale: Locale): FallbackLabels {
  const messages = messagesFor(locale);
  return {
    solution: messages.explorer.solution,
    partnersHeading: messages.cards.partnersHeading,
    outcomesHeading: messages.cards.outcomesHeading,
  };
}
