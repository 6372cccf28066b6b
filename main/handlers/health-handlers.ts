import type { Handlers } from '../../shared/contract/dispatcher';
import type { healthMethods } from '../../shared/contract/health-contract';
import { AppFailure } from '../../shared/contract/result';
import type { MainPorts } from './main-ports';

/** The frame's status (engine, disk, settings file) and the actions its banners offer. */
export function healthHandlers(ports: MainPorts): Handlers<typeof healthMethods> {
  return {
    'app:health': async () => {
      const engine = ports.engineLife.status();
      const health = engine.state === 'up' ? await ports.engine.engine.health() : null;
      return {
        engine,
        disk: health?.ok ? health.value.disk : null,
        settings: ports.settingsFile.notice(),
      };
    },
    'app:quit': () => ports.quit(),
    'settings:restoreLastGood': () => {
      if (!ports.settingsFile.restoreLastGood()) {
        throw new AppFailure('NOT_FOUND', 'There is no readable last good copy of the settings.');
      }
      ports.emit('streams:changed', undefined);
    },
    'settings:dismissNotice': () => ports.settingsFile.dismissNotice(),
  };
}
