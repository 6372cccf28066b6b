import type { DatabaseSync } from 'node:sqlite';
import { createDispatcher, type Dispatch, type Handlers } from '../../shared/contract/dispatcher';
import { createAuditStore } from './audit/audit-store';
import { CampaignStore } from './campaigns/campaign-store';
import type { ClientDeps } from './commpeak/call-api';
import { openDatabase } from './db/open-database';
import { engineMethods, type EngineMethods } from '../engine-contract/engine-contract';
import type { EmitEngineEvent, EngineEventArgs } from '../engine-contract/engine-events';
import { campaignsEngineHandlers } from './handlers/campaigns-engine-handlers';
import { contactsEngineHandlers } from './handlers/contacts-engine-handlers';
import { healthEngineHandlers } from './handlers/health-engine-handlers';
import { sampleEngineHandlers } from './handlers/sample-engine-handlers';
import { settingsEngineHandlers } from './handlers/settings-engine-handlers';
import { recoverInterruptedImports } from './import/import-run';
import { streamsEngineHandlers } from './handlers/streams-engine-handlers';
import { CampaignLeases } from './ledger/campaign-leases';
import { newLeaseOwner, registerLeaseOwner } from './ledger/lease-owner';
import { EmbeddedSandbox } from './sending/embedded-sandbox';
import { GroupCommit } from './sending/group-commit';
import { SendCoordinator } from './sending/send-coordinator';
import { SettingsStore } from './settings/settings-store';

export interface EngineOptions {
  readonly dataDir: string;
  /** Electron's net.fetch in the app; Node's fetch elsewhere. */
  readonly fetch?: typeof globalThis.fetch;
  readonly now?: () => number;
  readonly log?: (level: 'info' | 'warn' | 'error', message: string) => void;
  /** Request timeout for real streams (tests shorten it). */
  readonly timeoutMs?: number;
  /** Who this engine is when it holds a campaign's lease: the app (default) or the CLI. */
  readonly kind?: 'app' | 'cli';
}

export interface Engine {
  readonly dispatch: Dispatch;
  /** Registers a sink for engine events (progress, status changes), typed by the event map. */
  onEvent(listener: (...event: EngineEventArgs) => void): void;
  /**
   * Stops every send (waiting up to `drainMs`, 10 s by default, for answers in flight and
   * recording them), gives the leases up and closes the database.
   */
  close(drainMs?: number): Promise<void>;
  /** For tests, the CLI and benchmarks, which run the engine in-process. */
  readonly db: DatabaseSync;
  readonly coordinator: SendCoordinator;
  readonly campaigns: CampaignStore;
  readonly settings: SettingsStore;
  readonly sandbox: EmbeddedSandbox;
}

/** Builds the engine: opens the database, recovers interrupted sends, wires every domain. */
export function createEngine(options: EngineOptions): Engine {
  const db = openDatabase(options.dataDir);
  const now = options.now ?? (() => Date.now());
  const startedAt = new Date(now()).toISOString();
  const listeners: ((...event: EngineEventArgs) => void)[] = [];
  const emit: EmitEngineEvent = (...event) => {
    for (const l of listeners) l(...event);
  };
  const log = options.log ?? (() => {});
  const owner = newLeaseOwner(options.kind ?? 'app');
  const leases = new CampaignLeases(db, owner, now);
  let closed = false;
  let closing: Promise<void> | null = null;
  // Other engines in this process (tests) judge our leases by this, not by our shared pid.
  const unregister = registerLeaseOwner(owner, () => !closed && db.isOpen);
  const audit = createAuditStore(db);
  const commit = new GroupCommit(db, leases);
  const client: ClientDeps = {
    fetch: options.fetch ?? globalThis.fetch,
    now,
    // Batched with the ledger writes of the same tick: one fsync instead of one per request.
    // A failing audit insert must never roll back the ledger writes it shares a transaction with.
    audit: (record) =>
      void commit
        .run(() => {
          try {
            audit.record(record);
          } catch (error) {
            options.log?.('warn', `audit record not stored: ${String(error)}`);
          }
        })
        .catch(() => {}),
  };
  const campaigns = new CampaignStore(db, () => new Date(now()));
  const settings = new SettingsStore(db);
  const sandbox = new EmbeddedSandbox();
  const coordinator = new SendCoordinator({
    db,
    dataDir: options.dataDir,
    commit,
    leases,
    log,
    campaigns,
    settings,
    client,
    sandbox,
    now,
    emit,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  // Imports cut short by a crash or quit are taken back out, so lists are as they were.
  recoverInterruptedImports(db);
  // Campaigns another live Peaksend is sending (their lease is live) are left alone.
  const recovered = coordinator.recover();
  if (recovered.uncertain > 0 || recovered.paused.length > 0) {
    options.log?.(
      'warn',
      `recovered after an interruption: ${recovered.paused.length} campaign(s) paused, ${recovered.uncertain} row(s) uncertain`,
    );
  }

  const handlers: Handlers<EngineMethods> = {
    ...healthEngineHandlers({ db, dataDir: options.dataDir, startedAt, sandbox }),
    ...streamsEngineHandlers({ db, client, sandbox, campaigns }),
    ...campaignsEngineHandlers({ db, campaigns, coordinator, settings, now }),
    ...settingsEngineHandlers(settings),
    ...sampleEngineHandlers({ db, campaigns, settings, now }),
    ...contactsEngineHandlers(db, emit),
  };

  const dispatch = createDispatcher(engineMethods, handlers, {
    onUnexpectedError: (channel, error) =>
      options.log?.(
        'error',
        `${channel} failed: ${error instanceof Error ? error.stack : String(error)}`,
      ),
  });

  return {
    dispatch,
    db,
    coordinator,
    campaigns,
    settings,
    sandbox,
    onEvent: (listener) => {
      listeners.push(listener);
    },
    close: (drainMs) =>
      (closing ??= (async () => {
        await coordinator.close(drainMs);
        await sandbox.close();
        // Audit records of the last calls may still be queued for the next tick.
        commit.close();
        closed = true;
        unregister();
        db.close();
      })()),
  };
}
