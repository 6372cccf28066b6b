import { assertNever } from '../../../shared/assert-never';
import { AppFailure } from '../../../shared/contract/result';
import { freeMegabytes, storageFaultOf, type StorageFault } from '../db/storage-fault';

/** What to tell the user when the disk refused to save a start, resume or cancel. */
export function storageFailure(kind: StorageFault['kind'], dataDir: string): AppFailure {
  const free = freeMegabytes(dataDir);
  const space = free === null ? '' : ` (${free} MB free)`;
  switch (kind) {
    case 'diskFull':
      return new AppFailure(
        'IO',
        `The disk is full${space}: Peaksend could not save this. Free some space and try again; nothing was sent twice.`,
      );
    case 'readOnly':
      return new AppFailure(
        'IO',
        'Peaksend cannot write to its data folder (it is read-only). Fix its permissions and try again.',
      );
    case 'io':
    case 'corrupt':
      return new AppFailure(
        'IO',
        `The disk reported an error while Peaksend was saving${space}. Check the disk and try again.`,
      );
    default:
      return assertNever(kind);
  }
}

/** A storage fault as that failure; any other error is returned as it is. */
export function asStorageFailure(error: unknown, dataDir: string): unknown {
  const fault = storageFaultOf(error);
  return fault ? storageFailure(fault.kind, dataDir) : error;
}
