import type { Events } from '../../shared/contract/contract';
import type { EmitterOf } from '../../shared/contract/define';
import type { EngineClient } from '../engine-contract/engine-contract';

/**
 * The allow-list of engine events main pushes on to the renderer: each one is subscribed by name
 * and re-emitted through the renderer contract's typed emitter, so an event the renderer does not
 * declare cannot be forwarded (the compiler refuses it, and the supervisor drops events nobody
 * subscribed to).
 */
export function forwardEngineEvents(engine: EngineClient, emit: EmitterOf<Events>): void {
  engine.campaigns.onProgress((p) => emit('campaigns:progress', p));
  engine.campaigns.onStatus((e) => emit('campaigns:status', e));
  engine.contacts.onImportProgress((e) => emit('contacts:importProgress', e));
  engine.contacts.onImportFinished((e) => emit('contacts:importFinished', e));
  engine.app.onDiskStatus((e) => emit('app:diskStatus', e));
}
