import type { Handlers } from '../../shared/contract/dispatcher';
import type { AppSettings, settingsMethods } from '../../shared/contract/settings-contract';
import { callEngine } from './call-engine';
import type { MainPorts } from './main-ports';

export const USE_NODE_FETCH_KEY = 'network.useNodeFetch';

/** Whether the engine should use Node's fetch instead of Electron's net.fetch. */
export function useNodeFetch(ports: Pick<MainPorts, 'preferences'>): boolean {
  return ports.preferences.get(USE_NODE_FETCH_KEY) === true;
}

export function settingsHandlers(ports: MainPorts): Handlers<typeof settingsMethods> {
  const withNetwork = (engine: Omit<AppSettings, 'useNodeFetch'>): AppSettings => ({
    ...engine,
    useNodeFetch: useNodeFetch(ports),
  });
  return {
    'settings:get': async () => withNetwork(await callEngine(ports.engine, 'settings:get')),
    'settings:setPriceTable': async (input) =>
      withNetwork(await callEngine(ports.engine, 'settings:setPriceTable', input)),
    'settings:readPriceFile': async ({ fileId }) =>
      callEngine(ports.engine, 'settings:readPriceCsv', { path: ports.files.pathOf(fileId) }),
    'settings:setQuietHours': async (input) =>
      withNetwork(await callEngine(ports.engine, 'settings:setQuietHours', input)),
    'settings:setNetwork': async ({ useNodeFetch: value }) => {
      ports.preferences.set(USE_NODE_FETCH_KEY, value);
      return withNetwork(await callEngine(ports.engine, 'settings:get'));
    },
  };
}
