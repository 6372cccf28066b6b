import type { FieldControlProps } from '../../ui/field';
import { countryOptions } from './countries';

export interface CountrySelectProps extends FieldControlProps {
  /** Two-letter code, or null for "None". */
  readonly value: string | null;
  onChange(code: string | null): void;
  /** What choosing no country means here; by default that every number needs + or 00. */
  readonly noneLabel?: string;
  readonly disabled?: boolean;
}

/** The default country for numbers written without a country code, or "None". */
export function CountrySelect({ value, onChange, noneLabel, ...control }: CountrySelectProps) {
  return (
    <select
      {...control}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
    >
      <option value="">{noneLabel ?? 'None — every number must start with + or 00'}</option>
      {countryOptions().map((c) => (
        <option key={c.code} value={c.code}>
          {c.name} ({c.code})
        </option>
      ))}
    </select>
  );
}
