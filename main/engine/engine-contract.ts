import { z } from 'zod';
import { event, method } from '../../shared/contract/define';

export interface EngineHealth {
  readonly pid: number;
  readonly dataDir: string;
  readonly schemaVersion: number;
  readonly startedAt: string;
}

/**
 * Methods the engine serves to main. Main is trusted, but inputs are still parsed so that a bug
 * on one side shows up as a clear error instead of a corrupt database.
 */
export const engineMethods = {
  'engine:health': method(z.undefined()).returns<EngineHealth>(),
};

export const engineEvents = {
  'engine:log': event<{ level: 'info' | 'warn' | 'error'; message: string }>(),
};

export type EngineMethods = typeof engineMethods;
