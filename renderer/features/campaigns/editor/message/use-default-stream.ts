import { useEffect } from 'react';
import type { Campaign } from '../../../../../shared/campaigns/campaign-types';
import { SANDBOX_STREAM_ID, type StreamView } from '../../../../../shared/streams/stream-types';
import type { CampaignPatch } from '../campaign-editor-store';
import { DEFAULT_OPT_OUT_FOOTER } from './opt-out-footer-field';

/**
 * A campaign without a stream gets the Sandbox (so a first campaign can run at once), its
 * default sender, and, for a marketing stream, the opt-out footer switched on. Only when no
 * stream was ever chosen: a footer the user turned off stays off.
 */
export function useDefaultStream(
  campaign: Campaign | null,
  streams: readonly StreamView[],
  edit: (patch: CampaignPatch) => void,
): void {
  const needsStream = campaign !== null && campaign.streamId === null;
  useEffect(() => {
    if (!needsStream || streams.length === 0) return;
    const stream = streams.find((s) => s.id === SANDBOX_STREAM_ID) ?? streams[0];
    if (!stream) return;
    edit({
      streamId: stream.id,
      sender: campaign?.sender || stream.defaultSender,
      ...(stream.type === 'marketing' && campaign?.optOutFooter === null
        ? { optOutFooter: DEFAULT_OPT_OUT_FOOTER }
        : {}),
    });
    // Only the moment a stream becomes available matters, not later edits of the campaign.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needsStream, streams, edit]);
}
