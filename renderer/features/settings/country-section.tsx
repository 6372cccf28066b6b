import { useId, useState } from 'react';
import { countryHint } from '../../../shared/contacts/example-number';
import type { CountryDefaults } from '../../../shared/contacts/import-types';
import { countryLabel } from '../../lib/country-name';
import { Field } from '../../ui/field';
import { useToasts } from '../../ui/toast-store';
import { CountrySelect } from '../contacts/country-select';
import { useSettings } from './settings-store';

/**
 * The default country for numbers typed by hand (test sends, opt-outs added by hand, single
 * contacts). Imports choose theirs per list, starting from the last one used.
 */
export function CountrySection({ countries }: { countries: CountryDefaults }) {
  const titleId = useId();
  const setDefaultCountry = useSettings((s) => s.setDefaultCountry);
  const toast = useToasts((s) => s.show);
  const [pending, setPending] = useState<string | null | undefined>(undefined);
  const value = pending === undefined ? countries.setting : pending;
  const locale = countries.locale ? countryLabel(countries.locale) : null;

  const change = async (country: string | null) => {
    setPending(country);
    const result = await setDefaultCountry(country);
    setPending(undefined);
    if (!result.ok) toast('error', result.error.message);
    else toast('success', 'Default country saved.');
  };

  return (
    <section className="card settings-section" aria-labelledby={titleId}>
      <div className="section-head">
        <div>
          <h2 id={titleId}>Default country</h2>
          <p className="section-intro">
            For phone numbers typed without a country code: test messages, opt-outs and contacts
            added by hand. Each contact list keeps its own country, chosen when it is imported.
          </p>
        </div>
      </div>
      <Field label="Country" hint={countryHint(value ?? countries.locale)}>
        {(control) => (
          <CountrySelect
            {...control}
            value={value}
            disabled={pending !== undefined}
            noneLabel={
              locale
                ? `This computer’s country — ${locale}`
                : 'None — every number must start with + or 00'
            }
            onChange={(country) => void change(country)}
          />
        )}
      </Field>
    </section>
  );
}
