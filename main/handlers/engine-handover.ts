import type { StreamService } from '../streams/stream-service';
import type { MainPorts } from './main-ports';

/**
 * After the engine (re)starts, it needs tokens for campaigns that are scheduled or still being
 * polled for delivery reports; main decrypts them and passes them in memory.
 */
async function provideCredentials(ports: MainPorts, streams: StreamService): Promise<void> {
  const needed = await ports.engine.sending.streamsNeedingCredentials();
  if (!needed.ok) return;
  const list = [];
  for (const id of needed.value) {
    try {
      list.push(await streams.credentials(id));
    } catch {
      // A deleted stream or an unreadable token: those campaigns simply cannot poll.
    }
  }
  if (list.length > 0) await ports.engine.sending.setCredentials({ streams: list });
}

/**
 * What a freshly started engine gets from main, which keeps it across engine restarts: the saved
 * Sandbox profile (the embedded sandbox starts as `clean`) and the tokens it needs to go on.
 */
export async function handOverToEngine(ports: MainPorts, streams: StreamService): Promise<void> {
  // Posted before anything else, so no call after a restart meets the default profile.
  const profile = ports.engine.sandbox.configure({
    profile: ports.streams.sandboxSettings().profile,
  });
  await provideCredentials(ports, streams);
  const configured = await profile;
  if (!configured.ok) {
    ports.log('warn', `Sandbox profile not handed to the engine: ${configured.error.message}`);
  }
}
