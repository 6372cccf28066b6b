import type { CampaignSummary } from '../../../../shared/campaigns/campaign-types';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { useToasts } from '../../../ui/toast-store';
import { useCampaignList } from './campaign-list-store';

/** Drafts only: a campaign that has sent keeps its history and can only be archived. */
export function DeleteCampaignDialog({
  campaign,
  onClose,
}: {
  campaign: CampaignSummary;
  onClose(): void;
}) {
  const show = useToasts((s) => s.show);
  const remove = useCampaignList((s) => s.remove);
  return (
    <ConfirmDialog
      title="Delete this draft?"
      confirmLabel="Delete draft"
      danger
      onClose={onClose}
      onConfirm={async () => {
        const result = await remove(campaign.id);
        if (!result.ok) {
          show('error', result.error.message);
          return false;
        }
        show('success', `Deleted “${campaign.name}”.`);
        onClose();
        return true;
      }}
    >
      <p>
        “<span dir="auto">{campaign.name}</span>” and its message will be deleted. Contact lists are
        not affected. This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
