import { countryName } from '../../../lib/country-name';
import { FieldError } from '../../../ui/field';
import { IconButton } from '../../../ui/icon-button';
import type { PriceRow } from './price-draft';
import type { PriceField } from './use-price-draft';

export interface PriceRowViewProps {
  readonly row: PriceRow;
  readonly index: number;
  readonly currency: string;
  error(field: PriceField): string | undefined;
  onChange(field: PriceField, value: string): void;
  onBlur(field: PriceField): void;
  onRemove(): void;
}

/** One country's price, edited in place; each cell's message sits under it. */
export function PriceRowView({
  row,
  index,
  currency,
  error,
  onChange,
  onBlur,
  onRemove,
}: PriceRowViewProps) {
  const code = row.country.trim().toUpperCase();
  const name = countryName(code);
  const label = name ? `${name} (${code})` : `row ${index + 1}`;
  const countryError = error('country');
  const priceError = error('price');
  const countryErrorId = `price-row-${row.id}-country-error`;
  const priceErrorId = `price-row-${row.id}-price-error`;
  return (
    <tr data-row-id={row.id}>
      <td className="price-cell-country">
        <div className="price-country">
          <input
            className="mono"
            value={row.country}
            aria-label={`Country of row ${index + 1}`}
            aria-invalid={countryError ? true : undefined}
            aria-describedby={countryError ? countryErrorId : undefined}
            data-field="country"
            maxLength={60}
            autoComplete="off"
            spellCheck={false}
            placeholder="DE"
            onChange={(e) => onChange('country', e.target.value)}
            onBlur={() => onBlur('country')}
          />
          <span className={name ? 'price-country-name' : 'price-country-name muted'}>
            {name ?? '—'}
          </span>
        </div>
        {countryError ? (
          <FieldError id={countryErrorId} className="cell-error" message={countryError} />
        ) : null}
      </td>
      <td className="price-cell-price">
        <input
          value={row.price}
          inputMode="decimal"
          aria-label={`Price per part for ${label}`}
          aria-invalid={priceError ? true : undefined}
          aria-describedby={priceError ? priceErrorId : undefined}
          data-field="price"
          maxLength={30}
          autoComplete="off"
          placeholder="0.05"
          onChange={(e) => onChange('price', e.target.value)}
          onBlur={() => onBlur('price')}
        />
        {priceError ? (
          <FieldError id={priceErrorId} className="cell-error" message={priceError} />
        ) : null}
      </td>
      <td className="price-cell-currency mono">{currency || '—'}</td>
      <td className="price-cell-actions">
        <IconButton icon="trash" label={`Remove ${label}`} title="Remove" onClick={onRemove} />
      </td>
    </tr>
  );
}
