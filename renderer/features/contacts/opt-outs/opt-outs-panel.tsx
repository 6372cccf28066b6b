import { useState } from 'react';
import type { SuppressionImportView } from '../../../../shared/contacts/contact-types';
import { peaksend } from '../../../peaksend-api';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { Icon } from '../../../ui/icon';
import { RelativeTime } from '../../../ui/relative-time';
import { useToasts } from '../../../ui/toast-store';
import { formatCount, plural } from '../format';
import { AddOptOutsDialog } from './add-opt-outs-dialog';
import { OptOutImportDialog } from './opt-out-import-dialog';
import { sourceLabel } from './source-label';
import { OPT_OUT_PAGE, useOptOuts } from './use-opt-outs';
import { guessCountry } from '../countries';

type Open =
  | { kind: 'add' }
  | { kind: 'remove'; phone: string }
  | { kind: 'imported'; fileName: string; report: SuppressionImportView }
  | null;

/** The opt-out (suppression) list: numbers never messaged. */
export function OptOutsPanel() {
  const { text, setText, search, offset, setOffset, page, reload } = useOptOuts();
  const [open, setOpen] = useState<Open>(null);
  const [importing, setImporting] = useState(false);
  const toast = useToasts((s) => s.show);
  const now = new Date();

  const importFile = async () => {
    const chosen = await peaksend().files.choose({ title: 'Import opt-out numbers' });
    if (!chosen.ok) return toast('error', chosen.error.message);
    if (!chosen.value) return;
    setImporting(true);
    // Numbers without a country code are read as this computer's country (as when typed by hand).
    const defaultCountry = guessCountry();
    const result = await peaksend().suppressions.importFile({
      fileId: chosen.value.fileId,
      ...(defaultCountry ? { defaultCountry } : {}),
    });
    setImporting(false);
    if (!result.ok) return toast('error', result.error.message);
    reload();
    setOpen({ kind: 'imported', fileName: chosen.value.name, report: result.value });
  };

  const remove = async (phone: string) => {
    const result = await peaksend().suppressions.remove({ phone });
    if (!result.ok) {
      toast('error', result.error.message);
      return false;
    }
    toast('success', `${phone} can be messaged again.`);
    setOpen(null);
    reload();
    return true;
  };

  const { rows, total } = page;
  return (
    <section className="contacts-optouts" aria-label="Opt-outs">
      <div className="banner banner-info contacts-optouts-intro">
        <p>
          Numbers on this list are never messaged. They are left out when a CSV is imported, and
          skipped again at send time — even if they are in a list you send to.
        </p>
      </div>
      <div className="contacts-toolbar">
        <input
          type="search"
          className="contacts-search"
          aria-label="Search opt-outs"
          placeholder="Search by phone"
          value={text}
          maxLength={40}
          onChange={(e) => setText(e.target.value)}
        />
        <p className="contacts-toolbar-count" aria-live="polite">
          {page.loaded
            ? plural(total, search ? 'match' : 'number', search ? 'matches' : 'numbers')
            : ''}
        </p>
        <div className="card-actions">
          <button type="button" onClick={() => setOpen({ kind: 'add' })}>
            <Icon name="plus" /> Add numbers…
          </button>
          <button
            type="button"
            disabled={importing}
            aria-busy={importing}
            onClick={() => void importFile()}
          >
            {importing ? 'Importing…' : 'Import CSV of numbers…'}
          </button>
        </div>
      </div>
      {page.error ? (
        <p role="alert" className="banner banner-error">
          {page.error}
        </p>
      ) : null}
      {page.loaded && total === 0 ? (
        <p className="contacts-table-empty">
          {search ? `No opt-out matches “${search}”.` : 'Nobody has opted out yet.'}
        </p>
      ) : (
        <div className="contacts-overview-scroll">
          <table className="contacts-table" aria-label="Opted-out numbers">
            <thead>
              <tr>
                <th scope="col">Phone</th>
                <th scope="col">How</th>
                <th scope="col">Note</th>
                <th scope="col">When</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.phone}>
                  <th scope="row" className="mono">
                    {row.phone}
                  </th>
                  <td>{sourceLabel(row.source)}</td>
                  <td className="contacts-note">{row.note ?? <span className="muted">—</span>}</td>
                  <td>
                    <RelativeTime iso={row.createdAt} now={now} />
                  </td>
                  <td className="contacts-row-actions">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove ${row.phone} from opt-outs`}
                      title="Remove from opt-outs"
                      onClick={() => setOpen({ kind: 'remove', phone: row.phone })}
                    >
                      <Icon name="trash" />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > OPT_OUT_PAGE ? (
        <div className="contacts-pager">
          <span>
            {formatCount(offset + 1)}–{formatCount(Math.min(offset + OPT_OUT_PAGE, total))} of{' '}
            {formatCount(total)}
          </span>
          <button
            type="button"
            disabled={offset === 0}
            onClick={() => setOffset(offset - OPT_OUT_PAGE)}
          >
            Previous page
          </button>
          <button
            type="button"
            disabled={offset + OPT_OUT_PAGE >= total}
            onClick={() => setOffset(offset + OPT_OUT_PAGE)}
          >
            Next page
          </button>
        </div>
      ) : null}
      {open?.kind === 'add' ? (
        <AddOptOutsDialog onClose={() => setOpen(null)} onAdded={reload} />
      ) : null}
      {open?.kind === 'imported' ? (
        <OptOutImportDialog
          fileName={open.fileName}
          report={open.report}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'remove' ? (
        <ConfirmDialog
          title="Remove from opt-outs?"
          confirmLabel="Remove"
          danger
          onConfirm={() => remove(open.phone)}
          onClose={() => setOpen(null)}
        >
          <p>
            <span className="mono">{open.phone}</span> will receive messages from your campaigns
            again. Only do this if the person asked to be messaged again.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
