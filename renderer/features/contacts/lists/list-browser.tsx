import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { ContactListView, ContactView } from '../../../../shared/contacts/contact-types';
import { formatCount, plural } from '../../../lib/format';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { useToasts } from '../../../ui/toast-store';
import { useContactLists } from '../contact-lists-store';
import { SearchBox } from '../search-box';
import { ContactDialog } from './contact-dialog';
import { ContactPages, PAGE_SIZE } from './contact-pages';
import { ContactTable, type SelectAllState } from './contact-table';
import { ListHeader } from './list-header';
import { ListSegments } from '../segments/list-segments';
import { MAX_SELECTION, allMatchingIds } from './select-all';
import { useDebouncedValue } from './use-debounced-value';

interface Selection {
  /** The window the ids were picked in: a new search or a changed list starts afresh. */
  readonly pages: ContactPages | null;
  readonly ids: ReadonlySet<number>;
}

const none: ReadonlySet<number> = new Set();

/** One list: its header, a search box and the virtualized contacts with selection. */
export function ListBrowser({ list }: { list: ContactListView }) {
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 250);
  const stamp = `${list.contactCount}:${list.updatedAt}`;
  const pages = useMemo(() => new ContactPages(list.id, search, stamp), [list.id, search, stamp]);
  useEffect(() => {
    pages.ensure(0, PAGE_SIZE - 1);
    return () => pages.dispose();
  }, [pages]);
  // Only the total and the error show here; the table follows the pages' rows on its own.
  useSyncExternalStore(pages.subscribe, pages.metaSnapshot);
  const total = pages.total ?? (search === '' ? list.contactCount : 0);

  const [selection, setSelection] = useState<Selection>({ pages: null, ids: none });
  const selected = selection.pages === pages ? selection.ids : none;
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState<ContactView | null>(null);
  const [deletingOne, setDeletingOne] = useState<ContactView | null>(null);
  const toast = useToasts((s) => s.show);
  const deleteContacts = useContactLists((s) => s.deleteContacts);
  const allState: SelectAllState =
    selected.size === 0 ? 'none' : selected.size >= total ? 'all' : 'some';

  // One `onToggle` for the table's life, reading the latest selection: the rows are memoised
  // and a new function each render would re-render every row in view.
  const latest = useRef({ selected, pages });
  useLayoutEffect(() => {
    latest.current = { selected, pages };
  });
  const toggle = useCallback(
    (contact: ContactView) => {
      const { selected: now, pages: window } = latest.current;
      const ids = new Set(now);
      if (ids.has(contact.id)) ids.delete(contact.id);
      else if (ids.size < MAX_SELECTION) ids.add(contact.id);
      else toast('error', `You can delete up to ${formatCount(MAX_SELECTION)} contacts at a time.`);
      setSelection({ pages: window, ids });
    },
    [toast],
  );
  const toggleAll = async () => {
    if (allState === 'all') {
      setSelection({ pages, ids: none });
      return;
    }
    const loaded = pages.loadedIds();
    if (loaded.length >= total) {
      setSelection({ pages, ids: new Set(loaded) });
      return;
    }
    const result = await allMatchingIds(list.id, search);
    if (!result.ok) toast('error', result.error.message);
    else setSelection({ pages, ids: new Set(result.value) });
  };
  const deleteOne = async () => {
    if (!deletingOne) return false;
    const result = await deleteContacts(list.id, [deletingOne.id]);
    if (!result.ok) {
      toast('error', result.error.message);
      return false;
    }
    toast('success', `Deleted ${deletingOne.phone} from “${list.name}”.`);
    setDeletingOne(null);
    return true;
  };
  const deleteSelected = async () => {
    const result = await deleteContacts(list.id, [...selected]);
    if (!result.ok) {
      toast('error', result.error.message);
      return false;
    }
    toast('success', `Deleted ${plural(result.value.deleted, 'contact')}.`);
    setSelection({ pages: null, ids: none });
    setConfirming(false);
    return true;
  };

  const searching = search !== '';
  return (
    <section className="contacts-browser" aria-label={`List ${list.name}`}>
      <ListHeader list={list} />
      <ListSegments list={list} />
      <div className="contacts-toolbar">
        <SearchBox
          label="Search contacts"
          placeholder="Search by phone or any field"
          value={text}
          maxLength={100}
          onChange={setText}
        />
        <p className="contacts-toolbar-count" aria-live="polite" data-testid="contacts-count">
          {pages.total === null && searching
            ? 'Searching…'
            : searching
              ? `${formatCount(total)} of ${plural(list.contactCount, 'contact')} match`
              : plural(total, 'contact')}
        </p>
        {selected.size > 0 ? (
          <div className="contacts-selection">
            <span>{formatCount(selected.size)} selected</span>
            <button type="button" onClick={() => setSelection({ pages, ids: none })}>
              Clear selection
            </button>
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              Delete selected…
            </button>
          </div>
        ) : null}
      </div>
      {pages.error ? (
        <p role="alert" className="banner banner-error">
          {pages.error}
        </p>
      ) : null}
      {total === 0 && pages.total !== null ? (
        <p className="contacts-table-empty">
          {searching ? `No contact matches “${search}”.` : 'This list has no contacts yet.'}
        </p>
      ) : (
        <ContactTable
          pages={pages}
          total={total}
          listName={list.name}
          columns={list.columns}
          selected={selected}
          allState={allState}
          selectAllBlocked={
            total > MAX_SELECTION
              ? `Select all works up to ${formatCount(MAX_SELECTION)} contacts; search to narrow the list down.`
              : null
          }
          onToggle={toggle}
          onToggleAll={() => void toggleAll()}
          onEdit={setEditing}
        />
      )}
      {editing ? (
        <ContactDialog
          list={list}
          contact={editing}
          onClose={() => setEditing(null)}
          onDelete={(contact) => {
            setEditing(null);
            setDeletingOne(contact);
          }}
        />
      ) : null}
      {deletingOne ? (
        <ConfirmDialog
          title={`Delete ${deletingOne.phone}?`}
          confirmLabel="Delete contact"
          danger
          onConfirm={deleteOne}
          onClose={() => setDeletingOne(null)}
        >
          <p>
            It is removed from “{list.name}”. Campaigns that already sent to it keep their history.
          </p>
        </ConfirmDialog>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={`Delete ${plural(selected.size, 'contact')}?`}
          confirmLabel={`Delete ${plural(selected.size, 'contact')}`}
          danger
          onConfirm={deleteSelected}
          onClose={() => setConfirming(false)}
        >
          <p>
            They are removed from “{list.name}”. Campaigns that already sent to them keep their
            history.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
