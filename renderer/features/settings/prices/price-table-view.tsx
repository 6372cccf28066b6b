import { useState } from 'react';
import { countryName } from '../../../lib/country-name';
import { ACTIONS_COLUMN, TableHead } from '../../../ui/table-head';
import type { PriceRow } from './price-draft';
import { PriceRowView } from './price-row';
import type { PriceField } from './use-price-draft';

export interface PriceTableViewProps {
  readonly rows: readonly PriceRow[];
  readonly currency: string;
  error(id: number, field: PriceField): string | undefined;
  onChange(id: number, field: PriceField, value: string): void;
  onBlur(id: number, field: PriceField): void;
  onRemove(id: number): void;
}

/** Past this many rows a filter helps find a country in an imported rate sheet. */
const FILTER_FROM = 12;

export function PriceTableView({
  rows,
  currency,
  error,
  onChange,
  onBlur,
  onRemove,
}: PriceTableViewProps) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => needle === '' || matches(row, needle));
  return (
    <>
      {rows.length >= FILTER_FROM ? (
        <div className="price-filter">
          <input
            type="search"
            aria-label="Find a country"
            placeholder="Find a country"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          <span className="muted" aria-live="polite">
            {needle === '' ? `${rows.length} countries` : `${shown.length} of ${rows.length}`}
          </span>
        </div>
      ) : null}
      <div className="price-table-scroll">
        <table className="price-table" aria-label="Prices by country">
          <TableHead columns={['Country', 'Price per part', 'Currency', ACTIONS_COLUMN]} />
          <tbody>
            {shown.map(({ row, index }) => (
              <PriceRowView
                key={row.id}
                row={row}
                index={index}
                currency={currency}
                error={(field) => error(row.id, field)}
                onChange={(field, value) => onChange(row.id, field, value)}
                onBlur={(field) => onBlur(row.id, field)}
                onRemove={() => onRemove(row.id)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A new, still empty row stays visible so it does not vanish while the user types. */
function matches(row: PriceRow, needle: string): boolean {
  if (row.country.trim() === '') return true;
  if (row.country.toLowerCase().includes(needle)) return true;
  const name = countryName(row.country.trim().toUpperCase());
  return name !== null && name.toLowerCase().includes(needle);
}
