import { z } from 'zod';
import { method } from '../../shared/contract/define';

export interface EngineHealth {
  readonly pid: number;
  readonly dataDir: string;
  readonly schemaVersion: number;
  readonly startedAt: string;
  /** Peak resident memory of the engine process so far (benchmarks read it). */
  readonly maxRssMb: number;
  /** The embedded sandbox's current profile (what main last pushed, or `clean`). */
  readonly sandboxProfile: string;
}

export const engineHealthMethods = {
  'engine:health': method(z.undefined()).returns<EngineHealth>(),
};
