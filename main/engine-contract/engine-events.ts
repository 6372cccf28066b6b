import { campaignsEvents } from '../../shared/contract/campaigns-contract';
import { contactsEvents } from '../../shared/contract/contacts-contract';
import { healthEvents } from '../../shared/contract/health-contract';
import type { EmitterOf, EventArgs } from '../../shared/contract/define';

/**
 * Events the engine pushes to main. They are the renderer contract's own definitions, so a
 * payload has one type from the engine's emit to the renderer's listener.
 */
export const engineEvents = {
  ...campaignsEvents,
  ...contactsEvents,
  ...healthEvents,
};

export type EngineEvents = typeof engineEvents;
export type EngineEventArgs = EventArgs<EngineEvents>;
export type EmitEngineEvent = EmitterOf<EngineEvents>;
