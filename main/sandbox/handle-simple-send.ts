import { randomUUID } from 'node:crypto';
import type { TokenMatch } from './authorize';
import { faultReply } from './fault-reply';
import type { ReceivedMessage } from './message-log';
import { countParts } from './parts-counter';
import { between, pickWeighted } from './random';
import { json, type Reply } from './reply';
import type { SandboxFinalStatus } from './sandbox-config';
import type { SandboxState } from './sandbox-state';
import { validateSimpleSend } from './validate-body';
import type { SendReply, SendReplyItem, SendRequestMessage } from './wire-shapes';

interface Verdict {
  readonly error: string | null;
  readonly details?: string;
}

function check(
  state: SandboxState,
  rule: TokenMatch,
  message: SendRequestMessage,
  parts: number,
  burst: boolean,
  nowMs: number,
): Verdict {
  if (message.message_content.trim() === '') {
    return { error: 'EMPTY_CONTENT', details: 'The message text is empty' };
  }
  if (!/^\d{8,15}$/.test(message.recipient_phone)) {
    return { error: 'INVALID_PHONE', details: 'The phone number must be 8 to 15 digits' };
  }
  if (rule.allowedSenders && !rule.allowedSenders.includes(message.sender)) {
    return { error: 'SENDER_NOT_ALLOWED', details: `Sender "${message.sender}" is not approved` };
  }
  const price = parts * state.behaviour.pricePerPart;
  if (state.balance !== null && state.balance < price) {
    return { error: 'INSUFFICIENT_BALANCE', details: 'The account balance is too low' };
  }
  if (burst || !state.takeParts(rule, parts, nowMs)) return { error: 'RATE_LIMIT' };
  return { error: null };
}

function finalStatusFor(state: SandboxState, phone: string): SandboxFinalStatus {
  const { delivery } = state.behaviour;
  if (delivery.noRoutePrefixes.some((prefix) => phone.startsWith(prefix))) return 'no_routes';
  return pickWeighted(state.random, delivery.weights) ?? 'delivered';
}

/** `POST /simple_send/` after authorization: faults, validation, per-message verdicts. */
export function handleSimpleSend(
  state: SandboxState,
  rule: TokenMatch,
  body: string,
  nowMs: number,
): Reply {
  const fault = state.nextFault('simple_send');
  if (fault) state.count(state.stats.faults, fault);
  const before = fault && faultReply(fault, 'before', state.behaviour.retryAfterSeconds);
  if (before) return before;

  const validated = validateSimpleSend(body, state.behaviour.batchCap);
  if (!validated.ok) return json(422, { detail: validated.issues });

  const receivedAt = new Date(nowMs).toISOString();
  const burst = fault === 'rateLimitBurst';
  const results = validated.value.messages.map((m): SendReplyItem => {
    const parts = countParts(m.message_content).parts;
    const verdict = check(state, rule, m, parts, burst, nowMs);
    const base: Omit<ReceivedMessage, 'uuid' | 'accepted' | 'error'> = {
      internalId: m.internal_id,
      phone: m.recipient_phone,
      sender: m.sender,
      text: m.message_content,
      parts,
      receivedAt,
      tokenIndex: rule.index,
    };
    if (verdict.error !== null) {
      state.log.add({ ...base, uuid: null, accepted: false, error: verdict.error });
      state.count(state.stats.messageErrors, verdict.error);
      return {
        internal_id: m.internal_id,
        message_uuid: null,
        error: verdict.error,
        details: verdict.details ?? null,
      };
    }
    const uuid = randomUUID();
    const price = parts * state.behaviour.pricePerPart;
    if (state.balance !== null) state.balance -= price;
    state.stats.accepted += 1;
    state.stats.partsAccepted += parts;
    state.stats.spent += price;
    state.log.accept(
      { ...base, uuid, accepted: true, error: null },
      {
        acceptedAtMs: nowMs,
        finalAtMs: nowMs + between(state.random, state.behaviour.delivery.delayMs),
        finalStatus: finalStatusFor(state, m.recipient_phone),
        price,
      },
    );
    return { internal_id: m.internal_id, message_uuid: uuid, error: null };
  });

  const after = fault && faultReply(fault, 'after', state.behaviour.retryAfterSeconds);
  if (after) return after;
  const reply: SendReply = { status: true, task_id: randomUUID(), messages: results };
  return json(200, reply);
}
