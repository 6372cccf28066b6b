import type { DatabaseSync } from 'node:sqlite';
import type { Handlers } from '../../../shared/contract/dispatcher';
import type {
  engineCampaignsMethods,
  engineSendingMethods,
} from '../../engine-contract/engine-campaigns-contract';
import { effectiveSenderRules } from '../../../shared/compliance/sender-rules';
import { AppFailure } from '../../../shared/contract/result';
import { audienceFields } from '../campaigns/audience';
import { exportResults, queryResults } from '../campaigns/campaign-results';
import { previewMessage, summarize } from '../campaigns/campaign-queries';
import { messageOf, syncReadiness } from '../campaigns/campaign-readiness';
import type { CampaignStore } from '../campaigns/campaign-store';
import { runPreflight } from '../campaigns/preflight';
import { QuietHours } from '../campaigns/quiet-hours';
import type { RunOptions, SendCoordinator } from '../sending/send-coordinator';
import type { SettingsStore } from '../settings/settings-store';

/** `exactOptionalPropertyTypes`: an absent bound stays absent. */
const runOptions = (maxWaitMs: number | undefined): RunOptions =>
  maxWaitMs === undefined ? {} : { maxWaitMs };

type CampaignMethods = typeof engineCampaignsMethods & typeof engineSendingMethods;

export interface CampaignsEngineDeps {
  readonly db: DatabaseSync;
  readonly campaigns: CampaignStore;
  readonly coordinator: SendCoordinator;
  readonly settings: SettingsStore;
  readonly now: () => number;
}

export function campaignsEngineHandlers(d: CampaignsEngineDeps): Handlers<CampaignMethods> {
  const prices = () => d.settings.priceTable();
  const ready = syncReadiness.bind(null, d.db, d.campaigns);
  // Sending here (not another Peaksend's run, which this one cannot pause).
  const sendingVia = (streamId: string) =>
    d.campaigns
      .list()
      .filter(
        (c) =>
          c.streamId === streamId && c.status === 'sending' && !d.coordinator.heldElsewhere(c.id),
      )
      .map((c) => ({ id: c.id, name: c.name }));
  return {
    'campaigns:list': () =>
      summarize(
        d.campaigns.list().map((c) => d.coordinator.view(c)),
        (id) => d.coordinator.figures(id),
        prices()[0]?.currency ?? null,
        (id) => d.coordinator.heldElsewhere(id),
      ),
    'campaigns:get': ({ id }) => d.coordinator.campaign(id),
    'campaigns:create': (input) => {
      const name = input?.name ?? `Campaign ${new Date(d.now()).toISOString().slice(0, 10)}`;
      return d.campaigns.create(name);
    },
    'campaigns:update': ({ id, patch }) => {
      // A scheduled campaign was checked when it was scheduled; only the open step may move.
      const frozen = Object.keys(patch).some((key) => key !== 'draftStep');
      if (frozen && d.campaigns.get(id).status === 'scheduled') {
        throw new AppFailure('CONFLICT', 'This campaign is scheduled. Unschedule to edit.');
      }
      return ready(d.campaigns.update(id, patch));
    },
    'campaigns:duplicate': ({ id }) => {
      const c = d.campaigns.get(id);
      const copy = d.campaigns.create(`${c.name} (copy)`, {
        streamId: c.streamId,
        sender: c.sender,
        ...messageOf(c),
        listIds: c.listIds,
        segmentIds: c.segmentIds,
        excludeListIds: c.excludeListIds,
        excludeSegmentIds: c.excludeSegmentIds,
        quietHours: c.quietHours,
        batchSize: c.batchSize,
        concurrency: c.concurrency,
      });
      return ready(copy);
    },
    'campaigns:delete': ({ id }) => d.campaigns.delete(id),
    'campaigns:archive': ({ id, archived }) => d.campaigns.setArchived(id, archived),
    'campaigns:audienceFields': (audience) => ({ fields: audienceFields(d.db, audience) }),
    'campaigns:preview': ({ id, index, variant }) =>
      previewMessage(d.db, d.campaigns.get(id), index, variant),
    'campaigns:preflightFor': ({ id, streamType, defaultSender }) => {
      const c = d.campaigns.get(id);
      return runPreflight(d.db, c, {
        streamType,
        defaultSender,
        prices: prices(),
        quietHours: new QuietHours(d.settings.quietHours()),
        senderRules: effectiveSenderRules(d.settings.senderRuleOverrides()),
        now: d.now,
      });
    },
    'campaigns:pause': ({ id }) => d.coordinator.pause(id),
    'campaigns:cancel': ({ id }) => d.coordinator.cancel(id),
    'campaigns:markUncertainSent': ({ id, seqs }) => d.coordinator.markUncertainSent(id, seqs),
    'campaigns:progress': ({ id }) => d.coordinator.progress(id),
    'campaigns:results': (q) => {
      const quiet = d.campaigns.get(q.id).quietHours;
      return queryResults(d.db, q, {
        quietHours: quiet ? new QuietHours(d.settings.quietHours()) : null,
        now: d.now(),
      });
    },
    'campaigns:start': ({ id, stream, maxWaitMs }) =>
      d.coordinator.start(id, stream, runOptions(maxWaitMs)),
    'campaigns:resume': ({ id, stream, maxWaitMs }) =>
      d.coordinator.resume(id, stream, runOptions(maxWaitMs)),
    'campaigns:resendUncertain': ({ id, stream, seqs, maxWaitMs }) =>
      d.coordinator.resendUncertain(id, stream, seqs, runOptions(maxWaitMs)),
    'campaigns:retryFailed': ({ id, stream, maxWaitMs }) =>
      d.coordinator.retryFailed(id, stream, runOptions(maxWaitMs)),
    'campaigns:chooseWinner': ({ id, variant, stream }) =>
      d.coordinator.chooseWinner(id, variant, stream),
    'campaigns:sendingVia': ({ streamId }) => sendingVia(streamId),
    'campaigns:pauseForDeletedStream': async ({ streamId, streamName }) => {
      const running = sendingVia(streamId);
      for (const c of running)
        await d.coordinator.pause(c.id, { kind: 'streamDeleted', streamName });
      return running;
    },
    'campaigns:exportTo': async ({ id, path }) => {
      d.campaigns.get(id);
      try {
        return { path, rows: await exportResults(d.db, id, path) };
      } catch (error) {
        throw new AppFailure(
          'IO',
          `Could not write ${path}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
    'sending:setCredentials': ({ streams }) => d.coordinator.setCredentials(streams),
    'sending:streamsNeedingCredentials': () => d.coordinator.streamIdsNeedingCredentials(),
  };
}
