import { faultReply } from './fault-reply';
import type { StatusView } from './message-log';
import { json, type Reply } from './reply';
import type { SandboxState } from './sandbox-state';
import { validateMessagesStatus } from './validate-body';
import type { StatusReply } from './wire-shapes';

/** `POST /messages_status/` after authorization; unknown uuids are left out of the answer. */
export function handleMessagesStatus(state: SandboxState, body: string, nowMs: number): Reply {
  const fault = state.nextFault('messages_status');
  if (fault) state.count(state.stats.faults, fault);
  const retryAfter = state.behaviour.retryAfterSeconds;
  const before = fault && faultReply(fault, 'before', retryAfter);
  if (before) return before;
  const validated = validateMessagesStatus(body, state.behaviour.statusCap);
  if (!validated.ok) return json(422, { detail: validated.issues });
  const uuids = validated.value.message_uuids;
  state.stats.uuidsQueried += uuids.length;
  const messages: StatusView[] = [];
  for (const uuid of uuids) {
    const view = state.log.statusOf(uuid, nowMs);
    if (view) messages.push(view);
  }
  // A query has no side effect, so an "after" fault is as good as a "before" one here.
  const after = fault && faultReply(fault, 'after', retryAfter);
  if (after) return after;
  const reply: StatusReply = { status: true, messages };
  return json(200, reply);
}
