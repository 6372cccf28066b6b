import type { ContactListView } from '../../../../shared/contacts/contact-types';
import { plural } from '../../../lib/format';
import { useContactLists } from '../contact-lists-store';
import { DeleteInUseDialog } from '../delete-in-use-dialog';

/** Asks before deleting a list, naming the campaigns that use it. */
export function DeleteListDialog({ list, onClose }: { list: ContactListView; onClose(): void }) {
  const { usage, removeList } = useContactLists();
  return (
    <DeleteInUseDialog
      noun="list"
      id={list.id}
      name={list.name}
      title={`Delete “${list.name}”?`}
      confirmLabel="Delete list"
      consequence={
        <p>
          {plural(list.contactCount, 'contact')} will be deleted. This cannot be undone; the CSV
          file you imported is not touched.
        </p>
      }
      campaignsNote="They keep their history of what was sent; one that has not started yet will no longer reach these contacts:"
      usage={usage}
      remove={removeList}
      onClose={onClose}
    />
  );
}
