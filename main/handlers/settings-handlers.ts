import type { Handlers } from '../../shared/contract/dispatcher';
import { forward } from '../../shared/contract/forward';
import { AppFailure, unwrap, type Result } from '../../shared/contract/result';
import type { AppSettings, settingsMethods } from '../../shared/contract/settings-contract';
import type { EngineSettingsView } from '../engine-contract/engine-settings-contract';
import type { MainPorts } from './main-ports';
import { CONFIRM_TOKEN_ACCESS_KEY, confirmTokenAccess } from './token-access';

export const USE_NODE_FETCH_KEY = 'network.useNodeFetch';

/** Whether the engine should use Node's fetch instead of Electron's net.fetch. */
export function useNodeFetch(ports: Pick<MainPorts, 'preferences'>): boolean {
  return ports.preferences.get(USE_NODE_FETCH_KEY) === true;
}

export function settingsHandlers(ports: MainPorts): Handlers<typeof settingsMethods> {
  const settings = ports.engine.settings;
  // Main keeps the network and token preferences itself (they are about main's own work).
  const withNetwork = async (
    answer: Promise<Result<EngineSettingsView>>,
  ): Promise<AppSettings> => ({
    ...unwrap(await answer),
    useNodeFetch: useNodeFetch(ports),
    confirmTokenAccess: confirmTokenAccess(ports),
  });
  return {
    'settings:get': () => withNetwork(settings.get()),
    'settings:setPriceTable': (input) => withNetwork(settings.setPriceTable(input)),
    'settings:readPriceFile': async ({ fileId }) => {
      const answer = await settings.readPriceCsv({ path: ports.files.pathOf(fileId) });
      // Read once per pick: the file is not needed again.
      await ports.files.release(fileId);
      return forward(answer);
    },
    'settings:setQuietHours': (input) => withNetwork(settings.setQuietHours(input)),
    'settings:setDefaultCountry': (input) => withNetwork(settings.setDefaultCountry(input)),
    'settings:setNetwork': ({ useNodeFetch: value }) => {
      ports.preferences.set(USE_NODE_FETCH_KEY, value);
      return withNetwork(settings.get());
    },
    'settings:setTokenConfirmation': async ({ confirmTokenAccess: ask }) => {
      if (!ask && confirmTokenAccess(ports)) {
        const yes = await ports.confirm({
          title: 'Stop asking about tokens',
          message: 'Show and copy tokens without asking first?',
          detail:
            'Without this question, anything running in the Peaksend window could read your ' +
            'stream tokens without you noticing.',
          confirmLabel: 'Stop asking',
        });
        if (!yes) {
          throw new AppFailure(
            'NOT_CONFIRMED',
            'The setting was not changed: turning the question off was not confirmed.',
          );
        }
      }
      ports.preferences.set(CONFIRM_TOKEN_ACCESS_KEY, ask);
      return withNetwork(settings.get());
    },
  };
}
