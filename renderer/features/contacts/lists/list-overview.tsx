import type { ContactListView } from '../../../../shared/contacts/contact-types';
import { countryLabel, countryName } from '../../../lib/country-name';
import { formatCount } from '../../../lib/format';
import { EmptyState } from '../../../ui/empty-state';
import { RelativeTime } from '../../../ui/relative-time';
import { TableHead } from '../../../ui/table-head';
import { useContactLists } from '../contact-lists-store';
import { useContactsView } from '../contacts-view-store';

const SHOWN_COLUMNS = 4;

function Columns({ list }: { list: ContactListView }) {
  if (list.columns.length === 0) return <span className="muted">Phone only</span>;
  const shown = list.columns.slice(0, SHOWN_COLUMNS);
  const more = list.columns.length - shown.length;
  return (
    <span className="contacts-columns" title={list.columns.map((c) => `{${c}}`).join(', ')}>
      {shown.map((c) => (
        <code key={c} className="contacts-token">{`{${c}}`}</code>
      ))}
      {more > 0 ? <span className="muted"> +{more} more</span> : null}
    </span>
  );
}

/** Every list with its size and shape; a name opens the list. */
export function ListOverview() {
  const { lists, loaded, error } = useContactLists();
  const openList = useContactsView((s) => s.openList);
  const now = new Date();
  if (error) {
    return (
      <p role="alert" className="banner banner-error">
        Could not load the contact lists: {error}
      </p>
    );
  }
  if (!loaded) return <p className="muted">Loading lists…</p>;
  if (lists.length === 0) {
    return (
      <EmptyState title="No contact lists yet">
        Import a CSV from Excel, Google Sheets or your CRM with “Import CSV…”, or drop the file
        anywhere on this page.
      </EmptyState>
    );
  }
  return (
    <div className="contacts-overview-scroll">
      <table className="contacts-table contacts-overview" aria-label="Contact lists">
        <TableHead
          columns={[
            'Name',
            { label: 'Contacts', className: 'contacts-num' },
            'Default country',
            'Merge fields',
            'Created',
            'Updated',
          ]}
        />
        <tbody>
          {lists.map((list) => (
            <tr key={list.id}>
              <th scope="row">
                <button
                  type="button"
                  className="contacts-link"
                  dir="auto"
                  onClick={() => openList(list.id)}
                >
                  {list.name}
                </button>
                {list.importing ? (
                  <span className="badge badge-warning">
                    {list.importing.state === 'running'
                      ? 'Importing…'
                      : 'Import interrupted — not usable'}
                  </span>
                ) : null}
              </th>
              <td className="contacts-num">{formatCount(list.contactCount)}</td>
              <td>
                {list.defaultCountry ? (
                  <span title={countryName(list.defaultCountry) ?? undefined}>
                    {countryLabel(list.defaultCountry)}
                  </span>
                ) : (
                  <span className="muted">None</span>
                )}
              </td>
              <td>
                <Columns list={list} />
              </td>
              <td>
                <RelativeTime iso={list.createdAt} now={now} />
              </td>
              <td>
                <RelativeTime iso={list.updatedAt} now={now} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
