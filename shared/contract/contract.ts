import type { ApiOf } from './build-api';
import { appEvents, appMethods } from './app-info-contract';
import { campaignsEvents, campaignsMethods } from './campaigns-contract';
import { contactsEvents, contactsMethods } from './contacts-contract';
import { filesMethods, type ChosenFile } from './files-contract';
import { healthEvents, healthMethods, recoveryMethods } from './health-contract';
import type { Result } from './result';
import { sampleMethods } from './sample-contract';
import { settingsEvents, settingsMethods } from './settings-contract';
import { streamRecordsMethods } from './stream-records-contract';
import { streamsEvents, streamsMethods } from './streams-contract';
import { templatesMethods } from './templates-contract';

/** Every method the renderer can call, merged from the per-domain maps. */
export const methods = {
  ...appMethods,
  ...healthMethods,
  ...recoveryMethods,
  ...streamsMethods,
  ...streamRecordsMethods,
  ...campaignsMethods,
  ...filesMethods,
  ...settingsMethods,
  ...contactsMethods,
  ...sampleMethods,
  ...templatesMethods,
};

/** Every event main pushes to the renderer. */
export const events = {
  ...appEvents,
  ...healthEvents,
  ...streamsEvents,
  ...campaignsEvents,
  ...contactsEvents,
  ...settingsEvents,
};

export type Methods = typeof methods;
export type Events = typeof events;

/** Added by the preload/bridge by hand: a dropped File becomes a registered file id. */
export interface DropApi {
  readonly files: { fromDrop(file: File): Promise<Result<ChosenFile>> };
}

/** The type of `window.peaksend`. */
export type PeaksendApi = ApiOf<Methods, Events> & DropApi;
