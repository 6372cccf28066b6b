import { z } from 'zod';
import { method } from '../../shared/contract/define';
import type { DiskStatus } from '../../shared/contract/health-contract';
import type { BackupManifest } from './data-folder';

export interface EngineHealth {
  readonly pid: number;
  readonly dataDir: string;
  readonly schemaVersion: number;
  readonly startedAt: string;
  /** Peak resident memory of the engine process so far (benchmarks read it). */
  readonly maxRssMb: number;
  /** The embedded sandbox's current profile (what main last pushed, or `clean`). */
  readonly sandboxProfile: string;
  /** The disk under the data folder, and clean-up waiting for space on it. */
  readonly disk: DiskStatus;
}

export const engineHealthMethods = {
  'engine:health': method(z.undefined()).returns<EngineHealth>(),
  /** Writes a backup now (the daily one runs by itself); answers what it wrote. */
  'engine:backupNow': method(z.undefined()).returns<BackupManifest>(),
};
