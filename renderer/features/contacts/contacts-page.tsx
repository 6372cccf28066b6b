import { useEffect } from 'react';
import { droppedFile, pickFile } from '../../lib/pick-file';
import { Icon } from '../../ui/icon';
import { PageHeader } from '../../ui/page-header';
import { useContactLists } from './contact-lists-store';
import { ContactsDropZone } from './contacts-drop-zone';
import { ContactsTabs, panelId, tabId } from './contacts-tabs';
import { useContactsView } from './contacts-view-store';
import { ImportBanner } from './import/import-banner';
import { ImportDialog } from './import/import-dialog';
import { useImport } from './import/import-store';
import { ListBrowser } from './lists/list-browser';
import { ListOverview } from './lists/list-overview';
import { OptOutsPanel } from './opt-outs/opt-outs-panel';
import './contacts.css';
import './lists/contact-grid.css';
import './contacts-import.css';
import './import/import-progress.css';
import './segments/segments.css';

export function ContactsPage() {
  const { tab, setTab, openListId } = useContactsView();
  const { lists, load } = useContactLists();
  const begin = useImport((s) => s.begin);
  const choosing = useImport((s) => s.choosing);
  useEffect(() => {
    void load();
  }, [load]);
  const open = openListId === null ? undefined : lists.find((l) => l.id === openListId);
  const chooseFile = () => void begin(pickFile('Import contacts from a CSV file'));

  return (
    <ContactsDropZone onFile={(file) => void begin(droppedFile(file))}>
      <PageHeader
        title="Contacts"
        actions={
          <button type="button" className="primary" disabled={choosing} onClick={chooseFile}>
            <Icon name="plus" /> Import CSV…
          </button>
        }
      />
      <ImportBanner />
      <ContactsTabs current={tab} onChange={setTab} />
      <div
        role="tabpanel"
        id={panelId(tab)}
        aria-labelledby={tabId(tab)}
        className="contacts-panel"
      >
        {tab === 'opt-outs' ? (
          <OptOutsPanel />
        ) : open ? (
          <ListBrowser key={open.id} list={open} />
        ) : (
          <ListOverview />
        )}
      </div>
      <ImportDialog />
    </ContactsDropZone>
  );
}
