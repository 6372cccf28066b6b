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
import { interruptedRuns } from './import/import-run';
import { streamsEngineHandlers } from './handlers/streams-engine-handlers';
import { templatesEngineHandlers } from './handlers/templates-engine-handlers';
import { TemplateStore } from './campaigns/template-store';
import { CampaignLeases } from './ledger/campaign-leases';
import { newLeaseOwner, registerLeaseOwner } from './ledger/lease-owner';
import { BackgroundImports, undoTask } from './handlers/background-imports';
import { makeDataFolderPrivate } from './db/private-files';
import { storageFaultOf } from './db/storage-fault';
import type { EngineFailure } from '../../shared/contract/app-info-contract';
import { engineFailureOf } from './engine-failure';
import { BackupSchedule, type BackupScheduleOptions } from './upkeep/backup-schedule';
import { DiskHealth } from './upkeep/disk-health';
import type { SandboxHooks } from '../sandbox/start-sandbox';
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
  /** Daily backups while the engine runs (the app and the preview; not the CLI's short runs). */
  readonly backups?: BackupScheduleOptions | false;
  /** How often clean-up the disk refused is tried again; default 5 s. */
  readonly diskRetryMs?: number;
  /** Tests lower the size up to which every open checks every page. */
  readonly database?: { readonly fullCheckBelowBytes?: number };
  /** The database turned out damaged while serving: the host reports it and stops the engine. */
  readonly onFailure?: (failure: EngineFailure) => void;
  /** Test-only hooks into the embedded sandbox's request path (the isolation tests). */
  readonly sandboxHooks?: SandboxHooks;
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

/**
 * Builds the engine: opens the database (throwing `DatabaseDamaged` for a damaged file), undoes
 * interrupted imports and recovers interrupted sends — postponing what a full disk refuses, so
 * the engine still comes up and serves — and wires every domain.
 */
export function createEngine(options: EngineOptions): Engine {
  const now = options.now ?? (() => Date.now());
  const db = openDatabase(options.dataDir, {
    ...options.database,
    now: () => new Date(now()),
    ...(options.log ? { log: options.log } : {}),
  });
  // Folders and files an older version left world-readable (0755/0644) become owner-only.
  makeDataFolderPrivate(options.dataDir);
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
  const sandbox = new EmbeddedSandbox(
    options.sandboxHooks === undefined ? {} : { hooks: options.sandboxHooks },
  );
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
  const disk = new DiskHealth({
    dataDir: options.dataDir,
    emit,
    retryMs: options.diskRetryMs ?? 5000,
    ...(options.log ? { log: options.log } : {}),
  });
  const backups = new BackupSchedule({
    db,
    dataDir: options.dataDir,
    now,
    sending: () => campaigns.list().some((c) => c.status === 'sending'),
    ...(options.log ? { log: options.log } : {}),
  });
  // Imports cut short by a crash or quit are taken back out, so lists are as they were; one the
  // disk has no room to undo waits (its list stays unusable) instead of stopping the engine.
  for (const run of interruptedRuns(db)) disk.attempt(undoTask(db, run.id, run.fileName));
  disk.attempt({
    key: 'recover-sends',
    label: 'Mark the sends that were interrupted as paused',
    run: () => {
      // Campaigns another live Peaksend is sending (their lease is live) are left alone.
      const recovered = coordinator.recover();
      if (recovered.uncertain > 0 || recovered.paused.length > 0) {
        options.log?.(
          'warn',
          `recovered after an interruption: ${recovered.paused.length} campaign(s) paused, ${recovered.uncertain} row(s) uncertain`,
        );
      }
    },
  });
  if (options.backups) backups.start(options.backups);
  const imports = new BackgroundImports({ db, dataDir: options.dataDir, emit, disk });

  const handlers: Handlers<EngineMethods> = {
    ...healthEngineHandlers({ db, dataDir: options.dataDir, startedAt, sandbox, disk, backups }),
    ...streamsEngineHandlers({ db, client, sandbox, campaigns, settings }),
    ...campaignsEngineHandlers({ db, campaigns, coordinator, settings, now }),
    ...settingsEngineHandlers(settings),
    ...sampleEngineHandlers({ db, campaigns, settings, now }),
    ...contactsEngineHandlers(db, imports, settings),
    ...templatesEngineHandlers({ db, campaigns, templates: new TemplateStore(db) }),
  };

  const dispatch = createDispatcher(engineMethods, handlers, {
    onUnexpectedError: (channel, error) => {
      options.log?.(
        'error',
        `${channel} failed: ${error instanceof Error ? error.stack : String(error)}`,
      );
      // Damage found while serving (a page the open-time check did not read): stop serving it.
      if (storageFaultOf(error)?.kind === 'corrupt') {
        options.onFailure?.(engineFailureOf(error, options.dataDir));
      }
    },
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
        disk.close();
        await backups.close();
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
