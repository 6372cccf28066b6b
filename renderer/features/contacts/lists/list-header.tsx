import { useState } from 'react';
import type { ContactListView } from '../../../../shared/contacts/contact-types';
import { countryLabel } from '../../../lib/country-name';
import { pickFile } from '../../../lib/pick-file';
import { Icon } from '../../../ui/icon';
import { RelativeTime } from '../../../ui/relative-time';
import { useContactsView } from '../contacts-view-store';
import { useImport } from '../import/import-store';
import { ContactDialog } from './contact-dialog';
import { ListCountryDialog } from '../import/list-country-dialog';
import { DeleteListDialog } from './delete-list-dialog';
import { ExportListDialog } from './export-list-dialog';
import { RenameListDialog } from './rename-list-dialog';

/** The open list's name, facts and actions. */
export function ListHeader({ list }: { list: ContactListView }) {
  const openList = useContactsView((s) => s.openList);
  const begin = useImport((s) => s.begin);
  const [dialog, setDialog] = useState<'add' | 'export' | 'rename' | 'delete' | 'country' | null>(
    null,
  );
  const now = new Date();
  return (
    <header className="contacts-browser-head">
      <div>
        <button type="button" className="contacts-back" onClick={() => openList(null)}>
          <span aria-hidden="true">←</span> All lists
        </button>
        <h2 dir="auto">{list.name}</h2>
        <p className="muted contacts-browser-facts">
          Default country {list.defaultCountry ? countryLabel(list.defaultCountry) : 'none'}
          {' · '}created <RelativeTime iso={list.createdAt} now={now} />
          {' · '}updated <RelativeTime iso={list.updatedAt} now={now} />
        </p>
      </div>
      <div className="card-actions">
        <button type="button" onClick={() => setDialog('add')}>
          <Icon name="plus" /> Add contact…
        </button>
        <button
          type="button"
          onClick={() => void begin(pickFile(`Import contacts into ${list.name}`), list.id)}
        >
          <Icon name="plus" /> Import into this list…
        </button>
        <button type="button" onClick={() => setDialog('export')}>
          Export…
        </button>
        <button type="button" onClick={() => setDialog('rename')}>
          <Icon name="pencil" /> Rename…
        </button>
        <button type="button" onClick={() => setDialog('country')}>
          Default country…
        </button>
        <button type="button" className="danger" onClick={() => setDialog('delete')}>
          <Icon name="trash" /> Delete list…
        </button>
      </div>
      {dialog === 'add' ? <ContactDialog list={list} onClose={() => setDialog(null)} /> : null}
      {dialog === 'export' ? (
        <ExportListDialog list={list} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'rename' ? (
        <RenameListDialog list={list} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'country' ? (
        <ListCountryDialog list={list} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'delete' ? (
        <DeleteListDialog list={list} onClose={() => setDialog(null)} />
      ) : null}
    </header>
  );
}
