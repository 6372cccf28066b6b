import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildApi, type Transport } from '../shared/contract/build-api';
import { events, methods, type PeaksendApi } from '../shared/contract/contract';
import { filesInternalMethods } from '../shared/contract/files-contract';
import type { Result } from '../shared/contract/result';

/**
 * The only renderer-side code that touches ipcRenderer. It exposes named functions built from
 * the shared contract; listeners never see the IpcRendererEvent (it carries `sender`).
 */
const transport: Transport = {
  invoke: (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>,
  subscribe: (channel, listener) => {
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
};

const generated = buildApi(methods, events, transport);
const internal = buildApi(
  { 'files:registerPath': filesInternalMethods['files:registerPath'] },
  {},
  transport,
);
const api = {
  ...generated,
  files: {
    ...generated.files,
    // Only a File the user really dropped has a path; the renderer never passes a path string.
    fromDrop: (file: File) => internal.files.registerPath({ path: webUtils.getPathForFile(file) }),
  },
} satisfies PeaksendApi;
contextBridge.exposeInMainWorld('peaksend', api);
