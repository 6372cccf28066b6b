import type { Handlers } from '../../shared/contract/dispatcher';
import type { streamRecordsMethods } from '../../shared/contract/stream-records-contract';
import type { MainPorts } from './main-ports';

/** Stream records the settings file holds but Peaksend cannot read: listed, and removable. */
export function streamRecordsHandlers(ports: MainPorts): Handlers<typeof streamRecordsMethods> {
  return {
    'streams:unreadable': () => ports.streams.unreadable(),
    'streams:removeUnreadable': ({ key }) => {
      ports.streams.removeUnreadable(key);
      ports.emit('streams:changed', undefined);
    },
  };
}
