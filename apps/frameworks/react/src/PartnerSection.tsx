import type { KlFilterDetail } from '@ketahanan/elements';
import {
  regencyPartners,
  sectorOptions,
  SITE_TEXT,
  sortPartners,
  type PartnerOrder,
} from '@ketahanan/framework-kit';
import type { Locale } from '@ketahanan/model';
import { useMemo, useState } from 'react';

export function PartnerSection({ locale }: { locale: Locale }) {
  const text = SITE_TEXT[locale];
  const [sector, setSector] = useState('');
  const [readerFilter, setReaderFilter] = useState<KlFilterDetail | null>(null);
  const [order, setOrder] = useState<PartnerOrder>('a-z');
  const partners = useMemo(() => sortPartners(regencyPartners(locale), order), [locale, order]);

  return (
    <>
      <section aria-labelledby="partnerships-heading">
        <h2 id="partnerships-heading">{text.partnershipsHeading}</h2>
        <label>
          {text.showSector}{' '}
          <select
            value={sector}
            onChange={(event) => {
              setSector(event.target.value);
            }}
          >
            <option value="">{text.allSectors}</option>
            {sectorOptions(locale).map(({ id, name }) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <kl-partner-cards
          lang={locale}
          sector={sector}
          layout="list"
          heading-level={3}
          onkl-filter={(event) => {
            setSector(event.detail.sector ?? '');
            setReaderFilter(event.detail);
          }}
        />
        <p role="status" data-testid="filter-status">
          {readerFilter && text.readerFilter(readerFilter.sector, readerFilter.shown)}
        </p>
      </section>

      <section aria-labelledby="partners-heading">
        <h2 id="partners-heading">{text.partnersHeading}</h2>
        <button
          type="button"
          aria-pressed={order === 'a-z'}
          onClick={() => {
            setOrder('a-z');
          }}
        >
          {text.sortAToZ}
        </button>
        <button
          type="button"
          aria-pressed={order === 'z-a'}
          onClick={() => {
            setOrder('z-a');
          }}
        >
          {text.sortZToA}
        </button>
        <ul>
          {partners.map((partner) => (
            <li key={partner.id}>
              <kl-partner-card lang={locale} partner={partner} heading-level={3} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
