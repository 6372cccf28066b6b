import type { PeaksendApi } from '../shared/contract/contract';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the preview bridge (browser preview). */
    readonly peaksend: PeaksendApi;
  }
}

let connected: PeaksendApi | null = null;

/**
 * Called once at start-up with `window.peaksend` (built by the preload or the preview bridge);
 * unit tests connect an API over an in-memory transport instead.
 */
export function connectApi(api: PeaksendApi): void {
  connected = api;
}

/**
 * The app's only door to main: named functions from the shared contract. Stores and data hooks
 * call it; components call store actions.
 */
export function peaksend(): PeaksendApi {
  if (!connected) throw new Error('connectApi() must run before the app asks main anything.');
  return connected;
}
