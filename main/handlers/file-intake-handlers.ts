import type { Handlers } from '../../shared/contract/dispatcher';
import { filesInternalMethods } from '../../shared/contract/files-contract';
import type { FileRegistry } from '../files/file-registry';

export const registerPathMethods = {
  'files:registerPath': filesInternalMethods['files:registerPath'],
};

/** The app's preload: the path of a File the user dropped (webUtils.getPathForFile). */
export function registerPathHandlers(files: FileRegistry): Handlers<typeof registerPathMethods> {
  return { 'files:registerPath': ({ path }) => files.register(path) };
}
