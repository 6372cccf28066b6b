import type { DiskStatus } from '../../../shared/contract/health-contract';
import type { EmitEngineEvent } from '../../engine-contract/engine-events';
import { freeMegabytes, storageFaultOf, type StorageFault } from '../db/storage-fault';

/** Clean-up that must commit eventually (an import's undo); `run` throws when it cannot yet. */
export interface CleanupTask {
  /** One task per key: postponing the same work twice keeps one. */
  readonly key: string;
  /** Shown in the banner: "Undo the interrupted import of big.csv". */
  readonly label: string;
  run(): void;
}

type DiskFaultKind = Extract<DiskStatus, { state: 'fault' }>['kind'];

/**
 * Work the engine could not commit because of the disk (full, read-only, failing), kept and
 * retried until it commits, instead of crashing the engine or crash-looping at start. While any
 * is waiting the disk status is `fault` (the app shows a banner); the engine keeps serving.
 */
export class DiskHealth {
  private readonly waiting = new Map<string, CleanupTask>();
  private kind: DiskFaultKind = 'diskFull';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly d: {
      readonly dataDir: string;
      readonly emit: EmitEngineEvent;
      /** How often waiting work is tried again. */
      readonly retryMs: number;
      readonly log?: (level: 'info' | 'warn' | 'error', message: string) => void;
    },
  ) {}

  status(): DiskStatus {
    if (this.waiting.size === 0) return { state: 'ok' };
    return {
      state: 'fault',
      kind: this.kind,
      freeMb: freeMegabytes(this.d.dataDir),
      waiting: [...this.waiting.values()].map((t) => t.label),
    };
  }

  /**
   * Runs `task` now; if the disk refuses it, keeps it for later and answers false. Errors that
   * are not about the disk are thrown as they are (a damaged database among them).
   */
  attempt(task: CleanupTask): boolean {
    try {
      task.run();
      return true;
    } catch (error) {
      const fault = diskFaultOf(error);
      if (!fault) throw error;
      this.postpone(task, fault);
      return false;
    }
  }

  /** Keeps work that just failed for a disk reason and tries it again every `retryMs`. */
  postpone(task: CleanupTask, fault: StorageFault): void {
    if (fault.kind !== 'corrupt') this.kind = fault.kind;
    this.waiting.set(task.key, task);
    this.d.log?.('warn', `postponed until the disk allows it: ${task.label}`);
    this.schedule();
    this.d.emit('app:diskStatus', this.status());
  }

  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.timer || this.waiting.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.retry();
    }, this.d.retryMs);
    this.timer.unref?.();
  }

  private retry(): void {
    for (const [key, task] of this.waiting) {
      try {
        task.run();
        this.waiting.delete(key);
        this.d.log?.('info', `done now that the disk allows it: ${task.label}`);
      } catch (error) {
        if (diskFaultOf(error)) continue;
        // Not a disk problem: trying again would fail the same way forever.
        this.waiting.delete(key);
        this.d.log?.('error', `gave up on "${task.label}": ${String(error)}`);
      }
    }
    this.schedule();
    this.d.emit('app:diskStatus', this.status());
  }
}

/** A storage fault the disk can recover from (not a damaged file). */
export function diskFaultOf(error: unknown): StorageFault | null {
  const fault = storageFaultOf(error);
  return fault && fault.kind !== 'corrupt' ? fault : null;
}
