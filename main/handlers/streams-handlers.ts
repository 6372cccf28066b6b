import type { streamsMethods } from '../../shared/contract/streams-contract';
import type { Handlers } from '../../shared/contract/dispatcher';
import type { MainPorts } from './main-ports';

export function streamsHandlers(ports: MainPorts): Handlers<typeof streamsMethods> {
  return {
    'streams:list': () => ports.streams.list(),
  };
}
