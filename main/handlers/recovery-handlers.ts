import type { Handlers } from '../../shared/contract/dispatcher';
import type { recoveryMethods } from '../../shared/contract/health-contract';
import { AppFailure } from '../../shared/contract/result';
import { listBackups, moveDatabaseAside, restoreBackup } from './database-files';
import type { MainPorts } from './main-ports';

/**
 * The recovery screen's actions. Main does the file work itself, and only while the engine is
 * `failed`: no engine has the database open then, so a rename or a copy cannot race a write.
 */
export function recoveryHandlers(
  ports: MainPorts,
  now: () => Date = () => new Date(),
): Handlers<typeof recoveryMethods> {
  const { dataDir } = ports.info;
  const whileFailed = () => {
    if (ports.engineLife.status().state !== 'failed') {
      throw new AppFailure(
        'CONFLICT',
        'Peaksend is using its database; recovery is offered only when it cannot open it.',
      );
    }
  };
  return {
    'recovery:backups': () => listBackups(dataDir),
    'recovery:restoreBackup': ({ file }) => {
      whileFailed();
      restoreBackup(dataDir, file, now());
      ports.log('warn', `recovery: restored ${file}; the damaged database was moved aside`);
      return ports.engineLife.restart();
    },
    'recovery:startEmpty': () => {
      whileFailed();
      const kept = moveDatabaseAside(dataDir, now());
      ports.log('warn', `recovery: started empty; the damaged database is kept as ${kept}`);
      return ports.engineLife.restart();
    },
    'recovery:retry': () => {
      whileFailed();
      return ports.engineLife.restart();
    },
  };
}
