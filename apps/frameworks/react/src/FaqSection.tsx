import type { KlToggleDetail } from '@ketahanan/elements';
import { fetchRegencyFaq, SITE_TEXT, type FaqEdition } from '@ketahanan/framework-kit';
import type { ContentDocument, Locale } from '@ketahanan/model';
import { useEffect, useState } from 'react';

interface Toggles {
  readonly count: number;
  readonly last: KlToggleDetail;
}

export function FaqSection({ locale }: { locale: Locale }) {
  const text = SITE_TEXT[locale];
  const [edition, setEdition] = useState<FaqEdition>('first');
  const [faq, setFaq] = useState<ContentDocument>();
  const [shown, setShown] = useState(true);
  const [single, setSingle] = useState(false);
  const [toggles, setToggles] = useState<Toggles | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // The FAQ arrives after the element is on the page, and again for every language and edition:
  // each time a new object for the element's `content` property.
  useEffect(() => {
    let current = true;
    void fetchRegencyFaq(locale, edition).then((document) => {
      if (current) setFaq(document);
    });
    return () => {
      current = false;
    };
  }, [locale, edition]);

  function load(next: FaqEdition) {
    setProblem(null);
    setEdition(next);
  }

  return (
    <section aria-labelledby="faq-heading">
      <h2 id="faq-heading">{text.faqHeading}</h2>
      <label>
        <input
          type="checkbox"
          checked={shown}
          onChange={(event) => {
            setShown(event.target.checked);
          }}
        />
        {text.showFaq}
      </label>
      <label>
        <input
          type="checkbox"
          checked={single}
          onChange={(event) => {
            setSingle(event.target.checked);
          }}
        />
        {text.oneAnswerAtATime}
      </label>
      <button
        type="button"
        onClick={() => {
          load('latest');
        }}
      >
        {text.loadLatestFaq}
      </button>
      <button
        type="button"
        onClick={() => {
          load('broken');
        }}
      >
        {text.loadBrokenFaq}
      </button>
      {shown && (
        <kl-faq-accordion
          lang={locale}
          content={faq}
          single={single}
          heading-level={3}
          onkl-toggle={(event) => {
            const last = event.detail;
            setToggles((before) => ({ count: (before?.count ?? 0) + 1, last }));
          }}
          onkl-error={(event) => {
            setProblem(event.detail.problems[0]?.path ?? '');
          }}
        />
      )}
      <p role="status" data-testid="faq-status">
        {toggles ? text.toggled(toggles.count, toggles.last.id, toggles.last.open) : text.noToggleYet}
      </p>
      <p role="status" data-testid="faq-problem">
        {problem !== null && text.contentError(problem)}
      </p>
    </section>
  );
}
