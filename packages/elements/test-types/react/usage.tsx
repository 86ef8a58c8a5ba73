// A React 19 component using our tags. `npm run test:types` type-checks it: the first part must compile,
// and each `@ts-expect-error` line must be an error (tsc fails on an unused directive).
import type {} from '@ketahanan/elements/jsx/react';
import type { KlFaqAccordion } from '@ketahanan/elements/faq-accordion';
import { useRef } from 'react';

export function Faq() {
  const accordion = useRef<KlFaqAccordion>(null);
  return (
    <kl-faq-accordion
      ref={accordion}
      heading-level={2}
      single
      className="faq"
      content={{ faq: [] }}
      onkl-toggle={(event) => {
        const { id, open } = event.detail;
        console.log(id, open ? 'opened' : 'closed');
      }}
    />
  );
}

export const explorer = <kl-challenge-explorer activation="manual" sync-hash lang="en" />;
export const cards = <kl-partner-cards layout="list" onkl-filter={(event) => event.detail.shown} />;

// @ts-expect-error heading-level is a number, not a word
export const wordForNumber = <kl-faq-accordion heading-level="two" />;

// @ts-expect-error activation is 'auto' or 'manual'
export const notAnActivation = <kl-challenge-explorer activation="sometimes" />;

// @ts-expect-error single is a boolean
export const stringForBoolean = <kl-faq-accordion single="yes" />;

// @ts-expect-error the detail of kl-toggle has no `index`
export const wrongDetail = <kl-faq-accordion onkl-toggle={(event) => event.detail.index} />;
