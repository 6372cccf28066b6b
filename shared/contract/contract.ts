import type { ApiOf } from './build-api';
import { appEvents, appMethods } from './app-info-contract';
import { campaignsEvents, campaignsMethods } from './campaigns-contract';
import { streamsEvents, streamsMethods } from './streams-contract';

/** Every method the renderer can call, merged from the per-domain maps. */
export const methods = {
  ...appMethods,
  ...streamsMethods,
  ...campaignsMethods,
};

/** Every event main pushes to the renderer. */
export const events = {
  ...appEvents,
  ...streamsEvents,
  ...campaignsEvents,
};

export type Methods = typeof methods;
export type Events = typeof events;

/** The type of `window.peaksend`. */
export type PeaksendApi = ApiOf<Methods, Events>;
