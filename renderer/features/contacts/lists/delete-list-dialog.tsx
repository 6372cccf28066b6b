import { useEffect, useState } from 'react';
import type { ContactListView } from '../../../../shared/contacts/contact-types';
import { peaksend } from '../../../peaksend-api';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { useToasts } from '../../../ui/toast-store';
import { useContacts } from '../contacts-store';
import { plural } from '../format';

/** Asks before deleting a list, naming the campaigns that use it. */
export function DeleteListDialog({ list, onClose }: { list: ContactListView; onClose(): void }) {
  const [campaigns, setCampaigns] = useState<string[] | null>(null);
  const toast = useToasts((s) => s.show);
  useEffect(() => {
    let live = true;
    void peaksend()
      .contacts.listUsage({ id: list.id })
      .then((result) => {
        if (live) setCampaigns(result.ok ? result.value.campaigns : []);
      });
    return () => {
      live = false;
    };
  }, [list.id]);

  const remove = async () => {
    const result = await peaksend().contacts.deleteList({ id: list.id });
    if (!result.ok) {
      toast('error', result.error.message);
      return false;
    }
    toast('success', `Deleted the list “${list.name}”.`);
    const { load, openList, openListId } = useContacts.getState();
    onClose();
    if (openListId === list.id) openList(null);
    await load();
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
              <li key={name}>{name}</li>
            ))}
          </ul>
        </div>
      )}
    </ConfirmDialog>
  );
}
