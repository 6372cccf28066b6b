import { useState } from 'react';
import type { PriceCsvIssue } from '../../../../shared/pricing/price-csv-result';
import { Dialog } from '../../../ui/dialog';
import { useToasts } from '../../../ui/toast-store';
import { countryName } from '../../../lib/country-name';
import { useSettings } from '../settings-store';
import { formatPrice } from './price-draft';
import { formatCount, plural } from '../../../lib/format';
import type { PricePreview } from './use-price-import';
import { TableHead } from '../../../ui/table-head';
import { Fact } from '../../../ui/fact';

export interface PriceImportDialogProps {
  readonly preview: PricePreview;
  /** How many prices the saved table has now, and whether there are unsaved edits. */
  readonly currentCount: number;
  readonly unsavedEdits: boolean;
  onClose(): void;
}

/** A wrong file (a contact list) can fail on every row; the first few say what is wrong. */
const MAX_ISSUES_SHOWN = 100;

/** What a price file holds, before anything changes: rows found, rows skipped, rows to check. */
export function PriceImportDialog({
  preview,
  currentCount,
  unsavedEdits,
  onClose,
}: PriceImportDialogProps) {
  const { fileName, result } = preview;
  const savePriceTable = useSettings((s) => s.savePriceTable);
  const toast = useToasts((s) => s.show);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const found = result.entries.length;

  const replace = async () => {
    setBusy(true);
    const saved = await savePriceTable(result.entries);
    setBusy(false);
    if (!saved.ok) {
      setError(saved.error.message);
      return;
    }
    toast('success', `Imported ${plural(found, 'price')} from ${fileName}.`);
    onClose();
  };

  return (
    <Dialog
      title="Import prices"
      description={
        <>
          From <strong>{fileName}</strong>. Nothing changes until you choose Replace table.
        </>
      }
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose} data-autofocus={found === 0 ? true : undefined}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy || found === 0}
            aria-busy={busy}
            data-autofocus={found > 0 ? true : undefined}
            onClick={() => void replace()}
          >
            Replace table
          </button>
        </>
      }
    >
      {error ? (
        <div role="alert" className="banner banner-error">
          {error}
        </div>
      ) : null}
      <dl className="import-summary">
        <Fact term="Prices found">{formatCount(found)}</Fact>
        <Fact term="Currency" valueClassName="mono">
          {result.currency ?? '—'}
        </Fact>
        <Fact term="Rows skipped">{formatCount(result.errors.length)}</Fact>
        <Fact term="Rows to check">{formatCount(result.warnings.length)}</Fact>
      </dl>
      {found === 0 ? (
        <p className="notice notice-warning">No prices could be read from this file.</p>
      ) : (
        <FoundPrices preview={preview} />
      )}
      <IssueList title="Rows skipped" tone="error" issues={result.errors} />
      <IssueList title="Rows to check" tone="warning" issues={result.warnings} />
      {found > 0 && (currentCount > 0 || unsavedEdits) ? (
        <p className="muted import-replaces">
          Replace table swaps{' '}
          {currentCount > 0 ? `the ${plural(currentCount, 'price')} you have now` : 'your table'}
          {unsavedEdits ? ', and your unsaved edits,' : ''} for these {plural(found, 'price')}.
        </p>
      ) : null}
    </Dialog>
  );
}

function FoundPrices({ preview }: { preview: PricePreview }) {
  return (
    <div className="import-table-scroll" tabIndex={0} role="region" aria-label="Prices found">
      <table className="import-table">
        <TableHead columns={['Country', { label: 'Price per part', className: 'numeric' }]} />
        <tbody>
          {preview.result.entries.map((entry) => (
            <tr key={entry.country}>
              <td>
                <span className="mono">{entry.country}</span> {countryName(entry.country) ?? ''}
              </td>
              <td className="numeric">
                {formatPrice(entry.pricePerPart)} <span className="muted">{entry.currency}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function IssueList({
  title,
  tone,
  issues,
}: {
  title: string;
  tone: 'error' | 'warning';
  issues: readonly PriceCsvIssue[];
}) {
  if (issues.length === 0) return null;
  return (
    <section className={`import-issues import-issues-${tone}`} aria-label={title}>
      <h3>
        {title} ({formatCount(issues.length)})
      </h3>
      <ul>
        {issues.slice(0, MAX_ISSUES_SHOWN).map((issue, i) => (
          <li key={`${issue.row}-${i}`}>
            <span className="import-issue-row">Row {issue.row}</span> {issue.message}
          </li>
        ))}
        {issues.length > MAX_ISSUES_SHOWN ? (
          <li className="muted">…and {formatCount(issues.length - MAX_ISSUES_SHOWN)} more.</li>
        ) : null}
      </ul>
    </section>
  );
}
