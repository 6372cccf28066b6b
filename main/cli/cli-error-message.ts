import { join } from 'node:path';
import { BACKUPS_DIR } from '../engine-contract/data-folder';
import { DatabaseDamaged } from '../engine/db/database-damage';
import { describeStorageFault, storageFaultOf } from '../engine/db/storage-fault';

/**
 * The one line the CLI prints for an error it stops on: the same words the app shows for a
 * damaged database or a full disk (plus where the backups are), else the error's own message.
 */
export function cliErrorMessage(error: unknown, dataDir: string | null): string {
  if (error instanceof DatabaseDamaged) {
    const backups = dataDir ? ` Automatic backups are in ${join(dataDir, BACKUPS_DIR)}.` : '';
    return `${error.message}.${backups} Restore one in the app, or move the file aside.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  const fault = storageFaultOf(error);
  if (fault && dataDir) return `${describeStorageFault(fault, dataDir)} (${message})`;
  return message;
}
