import type { ContactListView } from '../../../../shared/contacts/contact-types';
import { plural } from '../../../lib/format';
import { useAnswer } from '../../../lib/use-answer';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { useToasts } from '../../../ui/toast-store';
import { useContactLists } from '../contact-lists-store';

/** Asks before deleting a list, naming the campaigns that use it. */
export function DeleteListDialog({ list, onClose }: { list: ContactListView; onClose(): void }) {
  const toast = useToasts((s) => s.show);
  const { usage, removeList } = useContactLists();
  const answer = useAnswer(String(list.id), () => usage(list.id));
  // A failed look-up must not block deleting.
  const campaigns =
    answer.state === 'loading' ? null : answer.state === 'ok' ? answer.value.campaigns : [];

  const remove = async () => {
    const result = await removeList(list.id);
    if (!result.ok) {
      toast('error', result.error.message);
      return false;
    }
    toast('success', `Deleted the list “${list.name}”.`);
    onClose();
    return true;
  };

  return (
    <ConfirmDialog
      title={`Delete “${list.name}”?`}
      confirmLabel="Delete list"
      danger
      onConfirm={remove}
      onClose={onClose}
    >
      <p>
        {plural(list.contactCount, 'contact')} will be deleted. This cannot be undone; the CSV file
        you imported is not touched.
      </p>
      {campaigns === null ? (
        <p className="muted">Checking which campaigns use this list…</p>
      ) : campaigns.length === 0 ? (
        <p>No campaign uses this list.</p>
      ) : (
        <div className="contacts-usage">
          <p>
            Used by {plural(campaigns.length, 'campaign')}. They keep their history of what was
            sent; one that has not started yet will no longer reach these contacts:
          </p>
          <ul aria-label="Campaigns using this list">
            {campaigns.map((name) => (
              <li key={name} dir="auto">
                {name}
              </li>
            ))}
          </ul>
        </div>
      )}
    </ConfirmDialog>
  );
}
