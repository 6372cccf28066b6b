import { useState } from 'react';
import { lookupCountry } from '../../../../shared/pricing/country-lookup';
import { countryLabel } from '../../../lib/country-name';
import { Field } from '../../../ui/field';
import { Icon } from '../../../ui/icon';

export interface AddCountryFormProps {
  hasCountry(country: string): boolean;
  /** Adds the country's row and returns nothing; the section moves focus to it. */
  onAdd(country: string): void;
}

/** "Add a country" by its ISO code (or English name), refused when it already has a window. */
export function AddCountryForm({ hasCountry, onAdd }: AddCountryFormProps) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const found = lookupCountry(value);
    if (value.trim() === '') return setError('Enter a two-letter country code, like DE.');
    if (!found.ok) return setError(found.message);
    if (/^\+?\d+$/.test(value.trim())) {
      return setError('Use a two-letter country code, like DE, not a dialling code.');
    }
    if (hasCountry(found.country)) {
      return setError(`${countryLabel(found.country)} already has its own window.`);
    }
    setError(null);
    setValue('');
    onAdd(found.country);
  };
  return (
    <form
      className="add-country"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field label="Country code" error={error} hint="ISO code like DE, or an English name.">
        {(control) => (
          <div className="input-with-button">
            <input
              {...control}
              className="mono"
              value={value}
              maxLength={60}
              autoComplete="off"
              spellCheck={false}
              placeholder="DE"
              onChange={(e) => {
                setValue(e.target.value);
                setError(null);
              }}
            />
            <button type="submit">
              <Icon name="plus" /> Add country
            </button>
          </div>
        )}
      </Field>
    </form>
  );
}
