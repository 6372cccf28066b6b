import type { DatabaseSync } from 'node:sqlite';
import type { BackupManifest } from '../../engine-contract/data-folder';
import { newestBackupAt, writeBackup } from '../db/database-backups';

const DAY_MS = 24 * 60 * 60 * 1000;
// While campaigns send, the daily backup waits (the disk flushing a 300 MB copy delays the
// ledger's own fsyncs by up to ~0.2 s) — unless the newest backup is this old.
const WAIT_FOR_SENDS_AT_MOST_MS = 3 * DAY_MS;

export interface BackupScheduleOptions {
  /** First look after start (the engine has other work first); default one minute. */
  readonly firstCheckMs?: number;
  /** How often to look again; default hourly. */
  readonly checkEveryMs?: number;
}

/**
 * A backup a day while the engine runs: every hour it looks at the newest backup and writes a
 * new one when that is a day old and no campaign is sending. The copy is made in a worker
 * thread (database-backups.ts), so sends and the UI carry on meanwhile.
 */
export class BackupSchedule {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<BackupManifest> | null = null;
  private closed = false;

  constructor(
    private readonly d: {
      readonly db: DatabaseSync;
      readonly dataDir: string;
      readonly now: () => number;
      /** True while a campaign is sending. */
      readonly sending?: () => boolean;
      readonly log?: (level: 'info' | 'warn' | 'error', message: string) => void;
    },
  ) {}

  start(options: BackupScheduleOptions = {}): void {
    const every = options.checkEveryMs ?? 60 * 60 * 1000;
    const tick = (ms: number) => {
      // A look that was under way when the engine closed must not arm another.
      if (this.closed) return;
      this.timer = setTimeout(() => {
        if (this.closed) return;
        void this.dailyIfDue().finally(() => tick(every));
      }, ms);
      this.timer.unref?.();
    };
    tick(options.firstCheckMs ?? 60_000);
  }

  /** One backup now; a second call while one runs shares it. */
  backupNow(reason: BackupManifest['reason'] = 'manual'): Promise<BackupManifest> {
    this.running ??= writeBackup(this.d.db, this.d.dataDir, reason, new Date(this.d.now())).finally(
      () => {
        this.running = null;
      },
    );
    return this.running;
  }

  /** Waits for a backup in progress (closing the database under it would fail it). */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => {});
  }

  private async dailyIfDue(): Promise<void> {
    try {
      const newest = newestBackupAt(this.d.dataDir);
      const age = newest ? this.d.now() - newest.getTime() : Infinity;
      if (age < DAY_MS) return;
      if (this.d.sending?.() && age < WAIT_FOR_SENDS_AT_MOST_MS) return;
      const made = await this.backupNow('daily');
      this.d.log?.('info', `daily backup written: ${made.file}`);
    } catch (error) {
      this.d.log?.('warn', `daily backup not written: ${String(error)}`);
    }
  }
}
