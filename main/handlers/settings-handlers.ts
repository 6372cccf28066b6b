import type { Handlers } from '../../shared/contract/dispatcher';
import { forward } from '../../shared/contract/forward';
import { unwrap, type Result } from '../../shared/contract/result';
import type { AppSettings, settingsMethods } from '../../shared/contract/settings-contract';
import type { EngineSettingsView } from '../engine-contract/engine-settings-contract';
import type { MainPorts } from './main-ports';

export const USE_NODE_FETCH_KEY = 'network.useNodeFetch';

/** Whether the engine should use Node's fetch instead of Electron's net.fetch. */
export function useNodeFetch(ports: Pick<MainPorts, 'preferences'>): boolean {
  return ports.preferences.get(USE_NODE_FETCH_KEY) === true;
}

export function settingsHandlers(ports: MainPorts): Handlers<typeof settingsMethods> {
  const settings = ports.engine.settings;
  // Main keeps the network preference itself (it decides how the engine is started).
  const withNetwork = async (
    answer: Promise<Result<EngineSettingsView>>,
  ): Promise<AppSettings> => ({
    ...unwrap(await answer),
    useNodeFetch: useNodeFetch(ports),
  });
  return {
    'settings:get': () => withNetwork(settings.get()),
    'settings:setPriceTable': (input) => withNetwork(settings.setPriceTable(input)),
    'settings:readPriceFile': ({ fileId }) =>
      forward(settings.readPriceCsv({ path: ports.files.pathOf(fileId) })),
    'settings:setQuietHours': (input) => withNetwork(settings.setQuietHours(input)),
    'settings:setDefaultCountry': (input) => withNetwork(settings.setDefaultCountry(input)),
    'settings:setNetwork': ({ useNodeFetch: value }) => {
      ports.preferences.set(USE_NODE_FETCH_KEY, value);
      return withNetwork(settings.get());
    },
  };
}
