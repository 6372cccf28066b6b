import Conf from 'conf';
import {
  LIBRARY_OPTIONS,
  openSettingsFile,
  type Settings,
  type SettingsFile,
} from '../ports/settings-file';

/**
 * The preview's config.json, held by conf (the library electron-store wraps, so the file is the
 * app's, byte for byte) behind the guard in main/ports/settings-file.ts.
 */
export function openConfSettingsFile(
  dataDir: string,
  options: { readonly now?: () => Date } = {},
): SettingsFile {
  return openSettingsFile(
    dataDir,
    (cwd) =>
      new Conf<Settings>({
        cwd,
        configName: 'config',
        projectName: 'peaksend',
        ...LIBRARY_OPTIONS,
      }),
    options,
  );
}
