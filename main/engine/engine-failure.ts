import type { EngineFailure } from '../../shared/contract/app-info-contract';
import { DatabaseDamaged } from './db/database-damage';
import { describeStorageFault, storageFaultOf } from './db/storage-fault';

/** Why the engine could not start or had to stop, in the shape main shows on the recovery screen. */
export function engineFailureOf(error: unknown, dataDir: string): EngineFailure {
  if (error instanceof DatabaseDamaged) return { reason: 'databaseDamaged', detail: error.detail };
  const fault = storageFaultOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (fault?.kind === 'corrupt') return { reason: 'databaseDamaged', detail: message };
  if (fault?.kind === 'diskFull') {
    return { reason: 'diskFull', detail: describeStorageFault(fault, dataDir) };
  }
  if (fault)
    return { reason: 'storage', detail: `${describeStorageFault(fault, dataDir)} (${message})` };
  return { reason: 'crashed', detail: message };
}
