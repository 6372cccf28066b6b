import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
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
      const folder = join(uploadsDir, randomBytes(8).toString('hex'));
      await mkdir(folder, { recursive: true });
      const path = join(folder, basename(name));
      await writeFile(path, Buffer.from(dataBase64, 'base64'));
      return files.register(path);
    },
  };
}
