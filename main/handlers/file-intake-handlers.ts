import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Handlers } from '../../shared/contract/dispatcher';
import { filesInternalMethods } from '../../shared/contract/files-contract';
import type { FileRegistry } from '../files/file-registry';

export const registerPathMethods = {
  'files:registerPath': filesInternalMethods['files:registerPath'],
};
export const uploadMethods = { 'files:upload': filesInternalMethods['files:upload'] };

/** The app's preload: the path of a File the user dropped (webUtils.getPathForFile). */
export function registerPathHandlers(files: FileRegistry): Handlers<typeof registerPathMethods> {
  return { 'files:registerPath': ({ path }) => files.register(path) };
}

/** The browser preview cannot hand over a path, so its bridge uploads the bytes instead. */
export function uploadHandlers(
  files: FileRegistry,
  uploadsDir: string,
): Handlers<typeof uploadMethods> {
  return {
    'files:upload': async ({ name, dataBase64 }) => {
      // A folder per upload keeps the user's file name (shown in the import steps) unique.
      // Owner-only, like the rest of the data folder: the file holds phones and names. It is
      // deleted when the flow that uploaded it releases it (and any left over at the next start).
      const folder = join(uploadsDir, randomBytes(8).toString('hex'));
      await mkdir(folder, { recursive: true, mode: 0o700 });
      const path = join(folder, basename(name));
      await writeFile(path, Buffer.from(dataBase64, 'base64'), { mode: 0o600 });
      return files.register(path, () => rm(folder, { recursive: true, force: true }));
    },
  };
}
