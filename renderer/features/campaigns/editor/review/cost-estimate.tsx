import type { PreflightReport } from '../../../../../shared/campaigns/campaign-types';
import { useNavigation } from '../../../../app/navigation-store';
import { countryLabel } from '../../../../lib/country-name';
import { formatCount, formatMoney, formatPartPrice, plural } from '../../../../lib/format';
import { TableHead } from '../../../../ui/table-head';

/** '' is the engine's "country unknown". */
function countryCell(code: string): string {
  return code === '' ? 'Unknown country' : countryLabel(code);
}

/** The estimated cost by country; countries without a price are listed, never guessed. */
export function CostEstimate({ cost }: { cost: PreflightReport['cost'] }) {
  const go = useNavigation((s) => s.go);
  if (cost.currency === null) {
    return (
      <div className="notice notice-info">
        <p>No price table: import one in Settings to see what this campaign will cost.</p>
        <button type="button" onClick={() => go('settings')}>
          Open Settings
        </button>
      </div>
    );
  }
  const currency = cost.currency;
  const unpriced = cost.byCountry.filter((c) => c.cost === null);
  const unpricedParts = unpriced.reduce((n, c) => n + c.parts, 0);
  return (
    <div className="cost-estimate">
      <p className="cost-total">
        Estimated cost:{' '}
        <strong data-testid="cost-total">{formatMoney(cost.total, currency)}</strong>
        {unpricedParts > 0 ? (
          <span className="muted"> plus {plural(unpricedParts, 'part')} without a price</span>
        ) : null}
      </p>
      {cost.byCountry.length > 0 ? (
        <table className="data-table" aria-label="Cost by country">
          <TableHead
            columns={[
              'Country',
              { label: 'Parts', className: 'num' },
              { label: 'Cost', className: 'num' },
              { label: 'Price per part', className: 'num' },
            ]}
          />
          <tbody>
            {cost.byCountry.map((c) => (
              <tr key={c.country}>
                <th scope="row">{countryCell(c.country)}</th>
                <td className="num">{formatCount(c.parts)}</td>
                <td className="num">
                  {c.cost === null ? (
                    <span className="warning-text">No price</span>
                  ) : (
                    formatMoney(c.cost, currency)
                  )}
                </td>
                {/* The table's price, with its fractions of a cent; the costs use the currency's decimals. */}
                <td className="num muted">
                  {c.cost === null || c.parts === 0
                    ? '—'
                    : formatPartPrice(c.cost / c.parts, currency)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {cost.missingCountries.length > 0 ? (
        <p className="notice notice-warning">
          No price for {cost.missingCountries.map(countryCell).join(', ')}. Add{' '}
          {cost.missingCountries.length === 1 ? 'it' : 'them'} to the price table in Settings; the
          total above leaves {cost.missingCountries.length === 1 ? 'it' : 'them'} out.
        </p>
      ) : null}
    </div>
  );
}
