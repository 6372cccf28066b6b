import { lazy, Suspense } from 'react';
import { assertNever } from '../../../shared/assert-never';
import { useCampaignRoute } from './campaign-route-store';
// The editor's and the progress view's stylesheets, where those views used to be imported: the
// one stylesheet keeps its order (see renderer/app/page-styles.ts); only their code waits.
import './editor/audience/audience-step.css';
import './templates/templates.css';
import './editor/message/phone-preview.css';
import './editor/message/replace-gsm-dialog.css';
import './editor/message/message-step.css';
import './editor/variants/variants.css';
import './editor/review/review-step.css';
import './editor/send/send-step.css';
import './editor/campaign-editor.css';
import { CampaignListView } from './list/campaign-list-view';
import './progress/progress.css';
import './progress/progress-panels.css';
import './progress/results.css';
import './campaigns.css';

// The list is what the app starts on; the editor and the progress view load when first opened.
const CampaignEditor = lazy(async () => ({
  default: (await import('./editor/campaign-editor')).CampaignEditor,
}));
const CampaignProgressView = lazy(async () => ({
  default: (await import('./progress/campaign-progress-view')).CampaignProgressView,
}));

/** The list, one campaign's editor, or its progress: chosen by the campaign route (URL hash). */
export function CampaignsPage() {
  return (
    <Suspense fallback={null}>
      <CampaignView />
    </Suspense>
  );
}

function CampaignView() {
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
