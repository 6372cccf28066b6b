import type { CampaignSummary } from '../../../../shared/campaigns/campaign-types';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { useToasts } from '../../../ui/toast-store';
import { peaksend } from '../../../peaksend-api';
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
  const load = useCampaignList((s) => s.load);
  return (
    <ConfirmDialog
      title="Delete this draft?"
      confirmLabel="Delete draft"
      danger
      onClose={onClose}
      onConfirm={async () => {
        const result = await peaksend().campaigns.delete({ id: campaign.id });
        if (!result.ok) {
          show('error', result.error.message);
          return false;
        }
        show('success', `Deleted “${campaign.name}”.`);
        onClose();
        await load();
        return true;
      }}
    >
      <p>
        “{campaign.name}” and its message will be deleted. Contact lists are not affected. This
        cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
