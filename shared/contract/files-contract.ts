import { z } from 'zod';
import { method } from './define';

/** A file the user picked or dropped; the renderer only ever holds its opaque id. */
export interface ChosenFile {
  readonly fileId: string;
  readonly name: string;
  readonly size: number;
}

export const filesMethods = {
  /** Native "open" dialog in the app (CSV files). Null when the user cancels. */
  'files:choose': method(
    z.object({ title: z.string().max(100).optional() }).optional(),
  ).returns<ChosenFile | null>(),
  /** The flow that used the file is done with it (the preview deletes its uploaded copy). */
  'files:release': method(z.object({ fileId: z.string().min(1).max(100) })).returns<void>(),
};

export const MAX_UPLOAD_BYTES = 120 * 1024 * 1024;

/**
 * Channels the renderer cannot call by name. The Electron preload turns a dropped File into its
 * path (webUtils) and registers it; the browser preview streams the bytes to its upload endpoint
 * (main/preview/upload-endpoint.ts) instead. Either way the
 * renderer never hands main a path of its own choosing.
 */
export const filesInternalMethods = {
  'files:registerPath': method(
    z.object({ path: z.string().min(1).max(4096) }),
  ).returns<ChosenFile>(),
};
