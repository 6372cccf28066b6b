import type { CountryGuess } from '../../../../shared/contacts/import-types';
import { countryLabel } from '../../../lib/country-name';
import { formatCount } from '../../../lib/format';

/**
 * The file's own suggestion for the default country: the country most of the phone column's
 * international numbers belong to. Offered with a button, never applied behind the user's back.
 */
export function CountryGuessHint({
  guess,
  chosen,
  onUse,
}: {
  guess: CountryGuess | null;
  chosen: string | null;
  onUse(country: string): void;
}) {
  if (!guess || guess.country === chosen) return null;
  return (
    <p className="banner banner-info contacts-country-guess" role="note">
      {formatCount(guess.matches)} of the {formatCount(guess.international)} numbers written with a
      country code in the first rows are from {countryLabel(guess.country)}.{' '}
      <button type="button" className="link-button" onClick={() => onUse(guess.country)}>
        Use {countryLabel(guess.country)}
      </button>
    </p>
  );
}
