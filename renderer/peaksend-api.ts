import type { PeaksendApi } from '../shared/contract/contract';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the preview bridge (browser preview). */
    readonly peaksend: PeaksendApi;
  }
}

/** The app's only door to main: named functions from the shared contract. */
export function peaksend(): PeaksendApi {
  return window.peaksend;
}
