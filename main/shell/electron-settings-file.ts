import Store from 'electron-store';
import {
  LIBRARY_OPTIONS,
  openSettingsFile,
  type Settings,
  type SettingsFile,
} from '../ports/settings-file';

/**
 * The app's config.json, held by electron-store behind the guard in main/ports/settings-file.ts
 * (which never lets a damaged file reach the constructor). The only import of electron-store.
 */
export function openElectronSettingsFile(dataDir: string): SettingsFile {
  return openSettingsFile(
    dataDir,
    (cwd) => new Store<Settings>({ name: 'config', cwd, ...LIBRARY_OPTIONS }),
  );
}
