import type { ApiFailure, FailureDraft } from './api-failure';
import { callApi, tokenForms, writeAudit, type CallOptions, type ClientDeps } from './call-api';
import { classifyMessageError, finalizeFailure } from './classify-failure';
import { REDACTED, redactField } from './redact';
import {
  simpleSendResponseSchema,
  simpleSendResultItemSchema,
  type CommpeakStream,
  type OutgoingMessage,
  type OutgoingWireMessage,
  type SimpleSendResultItem,
} from './commpeak-types';

export type MessageOutcome =
  | {
      readonly internalId: string;
      readonly status: 'accepted';
      /** Null when CommPeak's uuid held the token: withheld, so never stored or polled. */
      readonly messageUuid: string | null;
    }
  | { readonly internalId: string; readonly status: 'failed'; readonly failure: ApiFailure };

export interface SendBatchResult {
  /** One outcome per input message, in input order. */
  readonly outcomes: readonly MessageOutcome[];
  /** Set when the call failed as a whole; every outcome then carries this same failure. */
  readonly callFailure: ApiFailure | null;
  readonly httpStatus: number | null;
  readonly durationMs: number;
  /** Set when the audit sink threw; the outcomes are still valid. */
  readonly auditError: string | null;
}

/** CommPeak wants international digits without `+` or spaces. */
export function toWirePhone(phone: string): string {
  return phone.replace(/\D/g, '');
}

function toWire(message: OutgoingMessage): OutgoingWireMessage {
  return {
    internal_id: message.internalId,
    sender: message.sender,
    recipient_phone: toWirePhone(message.phone),
    message_content: message.text,
  };
}

interface Interpretation {
  readonly callFailure: FailureDraft | null;
  readonly entries: ReadonlyMap<string, SimpleSendResultItem>;
  readonly refused: boolean;
  readonly details: string | undefined;
}

function interpret(bodyText: string): Interpretation {
  const malformed: Interpretation = {
    callFailure: { kind: 'uncertain', cause: 'malformed_reply', httpStatus: 200 },
    entries: new Map(),
    refused: false,
    details: undefined,
  };
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return malformed;
  }
  const parsed = simpleSendResponseSchema.safeParse(json);
  if (!parsed.success) return malformed;
  const entries = new Map<string, SimpleSendResultItem>();
  for (const raw of parsed.data.messages ?? []) {
    const item = simpleSendResultItemSchema.safeParse(raw);
    if (item.success && !entries.has(item.data.internal_id))
      entries.set(item.data.internal_id, item.data);
  }
  const details = parsed.data.details ?? undefined;
  if (parsed.data.status) return { callFailure: null, entries, refused: false, details };
  const callFailure: FailureDraft = details
    ? { kind: 'permanent', cause: 'batch_refused', httpStatus: 200, details }
    : { kind: 'permanent', cause: 'batch_refused', httpStatus: 200 };
  return { callFailure, entries, refused: true, details };
}

function outcomeDraft(
  entry: SimpleSendResultItem | undefined,
  view: Interpretation,
  secrets: readonly string[],
): FailureDraft | { messageUuid: string | null } {
  if (entry?.error) return classifyMessageError(entry.error, entry.details);
  if (view.refused) {
    const details = entry?.details ?? view.details;
    return details
      ? { kind: 'permanent', cause: 'batch_refused', httpStatus: 200, details }
      : { kind: 'permanent', cause: 'batch_refused', httpStatus: 200 };
  }
  if (entry?.message_uuid) {
    const uuid = redactField(entry.message_uuid, secrets);
    return { messageUuid: uuid === REDACTED ? null : uuid };
  }
  return { kind: 'uncertain', cause: 'missing_entry', httpStatus: 200 };
}

/**
 * Sends one batch to `POST /simple_send/` and says, for every input message, whether CommPeak
 * accepted it or why not (see ApiFailure for what each kind means to the ledger).
 *
 * Throws only for caller bugs (duplicate internal ids); network and HTTP trouble is returned.
 */
export async function sendBatch(
  stream: CommpeakStream,
  messages: readonly OutgoingMessage[],
  deps: ClientDeps,
  options: CallOptions = {},
): Promise<SendBatchResult> {
  if (messages.length === 0) {
    return { outcomes: [], callFailure: null, httpStatus: null, durationMs: 0, auditError: null };
  }
  const seen = new Set<string>();
  for (const m of messages) {
    if (seen.has(m.internalId))
      throw new Error(`Duplicate internal_id in one batch: ${m.internalId}`);
    seen.add(m.internalId);
  }
  const { secrets } = tokenForms(stream);
  const requestBody = JSON.stringify({ messages: messages.map(toWire) });
  const call = await callApi(stream, 'simple_send', requestBody, deps, options);
  const view: Interpretation =
    call.failure !== null || call.bodyText === null
      ? { callFailure: call.failure, entries: new Map(), refused: false, details: undefined }
      : interpret(call.bodyText);
  const callFailure = view.callFailure ? finalizeFailure(view.callFailure, secrets) : null;

  let outcomes: MessageOutcome[];
  if (callFailure && !view.refused) {
    outcomes = messages.map((m) => ({
      internalId: m.internalId,
      status: 'failed',
      failure: callFailure,
    }));
  } else {
    outcomes = messages.map((m): MessageOutcome => {
      const draft = outcomeDraft(view.entries.get(m.internalId), view, secrets);
      return 'messageUuid' in draft
        ? { internalId: m.internalId, status: 'accepted', messageUuid: draft.messageUuid }
        : { internalId: m.internalId, status: 'failed', failure: finalizeFailure(draft, secrets) };
    });
  }
  const allAccepted = outcomes.every((o) => o.status === 'accepted');
  const auditError = writeAudit(
    stream,
    'simple_send',
    call,
    {
      requestBody,
      messageCount: messages.length,
      outcome: callFailure ? callFailure.kind : allAccepted ? 'ok' : 'partial',
      error: callFailure ? callFailure.message : null,
      campaignId: options.campaignId ?? null,
    },
    deps,
  );
  return {
    outcomes,
    callFailure,
    httpStatus: call.httpStatus,
    durationMs: call.durationMs,
    auditError,
  };
}
