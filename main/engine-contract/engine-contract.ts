import { buildApi, type ApiOf, type Transport } from '../../shared/contract/build-api';
import { engineCampaignsMethods, engineSendingMethods } from './engine-campaigns-contract';
import { engineContactsMethods } from './engine-contacts-contract';
import { engineEvents, type EngineEvents } from './engine-events';
import { engineHealthMethods } from './engine-health-contract';
import { engineSampleMethods } from './engine-sample-contract';
import { engineSettingsMethods } from './engine-settings-contract';
import { engineStreamsMethods } from './engine-streams-contract';
import { engineTemplatesMethods } from './engine-templates-contract';

/**
 * Every method the engine serves to main, merged from the per-domain maps. Main is trusted, but
 * inputs are still parsed so that a bug on one side shows up as a clear error instead of a
 * corrupt database.
 */
export const engineMethods = {
  ...engineHealthMethods,
  ...engineStreamsMethods,
  ...engineCampaignsMethods,
  ...engineSendingMethods,
  ...engineSettingsMethods,
  ...engineContactsMethods,
  ...engineSampleMethods,
  ...engineTemplatesMethods,
};

export type EngineMethods = typeof engineMethods;

/**
 * The engine as main calls it: `engine.campaigns.start({ id, stream })` answers a typed Result,
 * `engine.campaigns.onStatus(cb)` subscribes to a typed event.
 */
export type EngineClient = ApiOf<EngineMethods, EngineEvents>;

/** Builds the typed client over any transport (the supervisor's channel, or one in memory). */
export function createEngineClient(transport: Transport): EngineClient {
  return buildApi(engineMethods, engineEvents, transport);
}
