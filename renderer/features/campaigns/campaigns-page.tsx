import { assertNever } from '../../../shared/assert-never';
import { useCampaignRoute } from './campaign-route-store';
import { CampaignEditor } from './editor/campaign-editor';
import { CampaignListView } from './list/campaign-list-view';
import { CampaignProgressView } from './progress/campaign-progress-view';
import './campaigns.css';

/** The list, one campaign's editor, or its progress: chosen by the campaign route (URL hash). */
export function CampaignsPage() {
  const view = useCampaignRoute((s) => s.view);
  switch (view.kind) {
    case 'list':
      return <CampaignListView />;
    case 'edit':
      return <CampaignEditor key={view.id} id={view.id} />;
    case 'progress':
      return <CampaignProgressView key={view.id} id={view.id} />;
    default:
      return assertNever(view);
  }
}
