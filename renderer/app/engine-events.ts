import type { PeaksendApi } from '../../shared/contract/contract';
import { useCampaignEditor } from '../features/campaigns/editor/campaign-editor-store';
import { useCampaignList } from '../features/campaigns/list/campaign-list-store';
import { useProgress } from '../features/campaigns/progress/progress-store';
import { announceCampaignStatus } from '../features/campaigns/progress/status-toasts';
import { usePreflight } from '../features/campaigns/editor/preflight-store';
import { useImport } from '../features/contacts/import/import-store';
import { useSettings } from '../features/settings/settings-store';
import { useStreams } from '../features/streams/streams-store';
import { useAppStatus } from './app-status-store';

/**
 * The app's one subscription to each event main pushes, fanned out to every store that cares.
 * Stores ignore what they are not showing (a list nobody looks at, another campaign), so no view
 * subscribes on its own and no event is handled twice. Returns the unsubscribe.
 */
export function connectEngineEvents(api: PeaksendApi): () => void {
  const unsubscribe = [
    api.app.onEngineStatus((status) => {
      useAppStatus.getState().onEngineStatus(status);
      // An import the engine was running when it stopped: the dialog must not wait forever.
      useImport.getState().onEngineStatus(status);
    }),
    api.app.onDiskStatus((status) => useAppStatus.getState().onDiskStatus(status)),
    api.streams.onChanged(() => useStreams.getState().onChanged()),
    api.campaigns.onStatus((event) => {
      announceCampaignStatus(event);
      useCampaignList.getState().onCampaignEvent();
      useProgress.getState().onStatus(event);
      useCampaignEditor.getState().onStatus(event);
    }),
    api.campaigns.onProgress((progress) => {
      useCampaignList.getState().onCampaignEvent();
      useProgress.getState().onProgress(progress);
    }),
    api.contacts.onImportProgress((progress) => useImport.getState().onProgress(progress)),
    api.contacts.onImportFinished((event) => useImport.getState().onFinished(event)),
    api.settings.onChanged((settings) => {
      useSettings.getState().onChanged(settings);
      usePreflight.getState().invalidate();
    }),
  ];
  return () => {
    for (const off of unsubscribe) off();
  };
}
