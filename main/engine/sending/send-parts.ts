import type { DatabaseSync } from 'node:sqlite';
import type { Campaign, CampaignProgress } from '../../../shared/campaigns/campaign-types';
import type { CampaignStore } from '../campaigns/campaign-store';
import type { ClientDeps } from '../commpeak/call-api';
import type { CampaignLeases } from '../ledger/campaign-leases';
import type { SettingsStore } from '../settings/settings-store';
import type { EmbeddedSandbox } from './embedded-sandbox';
import type { GroupCommit } from './group-commit';
import type { EmitEngineEvent } from '../../engine-contract/engine-events';
import { suppressedAmong } from '../contacts/suppression-list';
import { readInternalIdPrefix } from '../ledger/internal-id';
import { LedgerStore } from '../ledger/ledger-store';
import { PollFailures } from '../ledger/poll-failures';
import type { StreamCredentials } from '../../engine-contract/stream-credentials';
import { ActiveRuns, type RunOutcome } from './active-runs';
import { CampaignClaims } from './campaign-claims';
import { CampaignSchedules } from './campaign-schedules';
import { DiskReserve } from './disk-reserve';
import { materializeLedger } from './materialize-ledger';
import { assertSenderFits } from './start-rules';
import { ProgressPublisher } from './progress-publisher';
import { resolveStream } from './resolve-stream';
import { RunEndings } from './run-endings';
import { StatusPoller } from './status-poller';
import { StreamRegistry } from './stream-registry';

export interface CoordinatorDeps {
  readonly db: DatabaseSync;
  readonly dataDir: string;
  /** Shared with the audit log so a batch's outcome and its audit record commit together. */
  readonly commit: GroupCommit;
  readonly leases: CampaignLeases;
  readonly campaigns: CampaignStore;
  readonly settings: SettingsStore;
  readonly client: ClientDeps;
  readonly sandbox: EmbeddedSandbox;
  readonly now: () => number;
  readonly emit: EmitEngineEvent;
  readonly log: (level: 'info' | 'warn' | 'error', message: string) => void;
  /** Request timeout for real streams. */
  readonly timeoutMs?: number;
}

/** What the parts call back into the coordinator for. */
export interface CoordinatorHooks {
  ended(campaignId: number, outcome: RunOutcome): void;
  progress(campaignId: number): CampaignProgress;
  /** Starts a run of a campaign whose lease this engine holds. */
  launch(campaignId: number, creds: StreamCredentials): Campaign;
}

export type SendParts = ReturnType<typeof sendParts>;

/** Builds the parts of sending the coordinator drives, wired to each other and to `hooks`. */
export function sendParts(d: CoordinatorDeps, hooks: CoordinatorHooks) {
  const { db, campaigns, commit } = d;
  const ledger = new LedgerStore(db);
  const internalIdPrefix = readInternalIdPrefix(db);
  const reserve = new DiskReserve(d.dataDir);
  const endings = new RunEndings({ ...d, ledger, reserve });
  const runs = new ActiveRuns(
    {
      ledger,
      commit,
      client: d.client,
      now: d.now,
      suppressedAmong: (phones) => suppressedAmong(db, phones),
    },
    hooks.ended,
  );
  const claims = new CampaignClaims({ ...d, ledger, endings, running: (id) => runs.has(id) });
  const streams = new StreamRegistry((c) => resolveStream(c, d.sandbox, d.timeoutMs));
  const publisher = new ProgressPublisher({
    ledger,
    prices: () => d.settings.priceTable(),
    now: d.now,
    emit: d.emit,
    snapshot: hooks.progress,
  });
  const schedules = new CampaignSchedules({
    campaigns,
    now: d.now,
    credentials: (streamId) => streams.ready(streamId),
    begin: (c, creds) =>
      claims.beginScheduled(c.id, (campaign) => {
        // The rules may have changed since it was scheduled: check again before anything goes.
        const sender = campaign.sender || creds.defaultSender;
        assertSenderFits(db, campaign, sender, d.settings.senderRuleOverrides());
        materializeLedger(db, campaign, ledger, () => d.leases.keep(campaign.id));
        hooks.launch(campaign.id, creds);
      }),
    failed: (c) => publisher.status(c),
  });
  const poller = new StatusPoller({
    ledger,
    failures: new PollFailures(db),
    client: d.client,
    now: d.now,
    log: d.log,
    streamFor: (id) => {
      const streamId = campaigns.get(id).streamId;
      return streamId ? streams.stream(streamId) : null;
    },
    moved: (id, variant, from, to) => {
      publisher.tracker(id).move(variant, from, to);
      publisher.changed(id);
    },
    noticed: (id) => publisher.changed(id),
  });
  return {
    ledger,
    internalIdPrefix,
    reserve,
    endings,
    runs,
    claims,
    streams,
    publisher,
    schedules,
    poller,
  };
}
