import { useState } from 'react';
import { formatCount, plural } from '../../../lib/format';
import { pickFile } from '../../../lib/pick-file';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { Icon } from '../../../ui/icon';
import { IconButton } from '../../../ui/icon-button';
import { RelativeTime } from '../../../ui/relative-time';
import { ACTIONS_COLUMN, TableHead } from '../../../ui/table-head';
import { useToasts } from '../../../ui/toast-store';
import { Pager } from '../pager';
import { SearchBox } from '../search-box';
import { AddOptOutsDialog } from './add-opt-outs-dialog';
import { useImport } from '../import/import-store';
import { OPT_OUT_PAGE, useOptOuts } from './opt-outs-store';
import { sourceLabel } from './source-label';
import { useOptOutSearch } from './use-opt-out-search';

type Open = { kind: 'add' } | { kind: 'remove'; phone: string } | null;

/** The opt-out (suppression) list: numbers never messaged. */
export function OptOutsPanel() {
  const { text, setText, search, offset, setOffset, page } = useOptOutSearch();
  const remove = useOptOuts((s) => s.remove);
  const beginOptOuts = useImport((s) => s.beginOptOuts);
  const choosing = useImport((s) => s.choosing);
  const [open, setOpen] = useState<Open>(null);
  const toast = useToasts((s) => s.show);
  const now = new Date();

  // The same steps as a contact import: preview, phone column and country, report, export.
  const importCsv = () => void beginOptOuts(pickFile('Import opt-out numbers'));

  const confirmRemove = async (phone: string) => {
    const result = await remove(phone);
    if (!result.ok) {
      toast('error', result.error.message);
      return false;
    }
    toast('success', `${phone} can be messaged again.`);
    setOpen(null);
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
        <SearchBox
          label="Search opt-outs"
          placeholder="Search by phone"
          value={text}
          maxLength={40}
          onChange={setText}
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
          <button type="button" disabled={choosing} onClick={importCsv}>
            Import CSV of numbers…
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
            <TableHead columns={['Phone', 'How', 'Note', 'When', ACTIONS_COLUMN]} />
            <tbody>
              {rows.map((row) => (
                <tr key={row.phone}>
                  <th scope="row" className="mono">
                    {row.phone}
                  </th>
                  <td>{sourceLabel(row.source)}</td>
                  <td className="contacts-note" dir="auto">
                    {row.note ?? <span className="muted">—</span>}
                  </td>
                  <td>
                    <RelativeTime iso={row.createdAt} now={now} />
                  </td>
                  <td className="contacts-row-actions">
                    <IconButton
                      icon="trash"
                      label={`Remove ${row.phone} from opt-outs`}
                      title="Remove from opt-outs"
                      onClick={() => setOpen({ kind: 'remove', phone: row.phone })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > OPT_OUT_PAGE ? (
        <Pager offset={offset} pageSize={OPT_OUT_PAGE} total={total} onChange={setOffset}>
          {formatCount(offset + 1)}–{formatCount(Math.min(offset + OPT_OUT_PAGE, total))} of{' '}
          {formatCount(total)}
        </Pager>
      ) : null}
      {open?.kind === 'add' ? <AddOptOutsDialog onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'remove' ? (
        <ConfirmDialog
          title="Remove from opt-outs?"
          confirmLabel="Remove"
          danger
          onConfirm={() => confirmRemove(open.phone)}
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
