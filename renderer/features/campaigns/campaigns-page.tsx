import { EmptyState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';

export function CampaignsPage() {
  return (
    <>
      <PageHeader title="Campaigns" />
      <EmptyState title="No campaigns yet">
        Your campaigns — drafts, scheduled, sending and sent — will be listed here with their
        progress and cost.
      </EmptyState>
    </>
  );
}
