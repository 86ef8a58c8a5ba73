import type { KlChangeDetail } from '@ketahanan/elements';
import { FIRST_CHALLENGE_ID, LOCALES, SITE_TEXT } from '@ketahanan/framework-kit';
import type { Locale } from '@ketahanan/model';
import { useEffect, useState } from 'react';
import { FaqSection } from './FaqSection.js';
import { PartnerSection } from './PartnerSection.js';

export function App() {
  const [locale, setLocale] = useState<Locale>('id');
  const [challenge, setChallenge] = useState(FIRST_CHALLENGE_ID);
  const [answers, setAnswers] = useState<KlChangeDetail | null>(null);
  const text = SITE_TEXT[locale];

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = text.title;
  }, [locale, text]);

  return (
    <>
      <header>
        <h1>{text.title}</h1>
        <fieldset>
          <legend>{text.language}</legend>
          {LOCALES.map(({ value, label }) => (
            <label key={value} lang={value}>
              <input
                type="radio"
                name="language"
                checked={locale === value}
                onChange={() => {
                  setLocale(value);
                }}
              />
              {label}
            </label>
          ))}
        </fieldset>
      </header>
      <main>
        <FaqSection locale={locale} />

        <section aria-labelledby="challenges-heading">
          <h2 id="challenges-heading">{text.challengesHeading}</h2>
          <button
            type="button"
            onClick={() => {
              setChallenge(FIRST_CHALLENGE_ID);
            }}
          >
            {text.selectFirstChallenge}
          </button>
          <kl-challenge-explorer
            lang={locale}
            selected={challenge}
            heading-level={3}
            onkl-select={(event) => {
              setChallenge(event.detail.id);
            }}
          />
          <p role="status" data-testid="challenge-status">
            {text.selectedChallenge(challenge)}
          </p>
        </section>

        <section aria-labelledby="checklist-heading">
          <h2 id="checklist-heading">{text.checklistHeading}</h2>
          <kl-principle-checklist
            lang={locale}
            persist="none"
            heading-level={3}
            onkl-change={(event) => {
              setAnswers(event.detail);
            }}
          />
          <p role="status" data-testid="checklist-status">
            {answers && text.checkedPrinciples(answers.checked.length, answers.total)}
          </p>
        </section>

        <PartnerSection locale={locale} />
      </main>
    </>
  );
}
