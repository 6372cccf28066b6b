import type { ApiFailure } from './api-failure';
import { STATUS_CHUNK_SIZE } from './assumptions';
import { callApi, tokenForms, writeAudit, type CallOptions, type ClientDeps } from './call-api';
import { finalizeFailure } from './classify-failure';
import { redactField } from './redact';
import {
  messagesStatusResponseSchema,
  statusItemSchema,
  type CommpeakStream,
} from './commpeak-types';

export interface StatusItem {
  readonly uuid: string;
  readonly status: string;
}

export interface StatusChunkFailure {
  readonly uuids: readonly string[];
  readonly failure: ApiFailure;
}

export interface QueryStatusesResult {
  /** Only uuids that were asked for; uuids CommPeak did not mention are simply absent. */
  readonly statuses: readonly StatusItem[];
  readonly failures: readonly StatusChunkFailure[];
  readonly auditError: string | null;
}

export interface QueryOptions extends CallOptions {
  /** uuids per request; CommPeak's maximum is unknown, so stay at or under 100. */
  readonly chunkSize?: number;
}

function parseStatuses(
  bodyText: string,
  asked: ReadonlySet<string>,
  secrets: readonly string[],
): StatusItem[] | 'malformed' | 'refused' {
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return 'malformed';
  }
  const parsed = messagesStatusResponseSchema.safeParse(json);
  if (!parsed.success) return 'malformed';
  if (!parsed.data.status) return 'refused';
  const items: StatusItem[] = [];
  for (const raw of parsed.data.messages ?? []) {
    const item = statusItemSchema.safeParse(raw);
    if (item.success && asked.has(item.data.message_uuid)) {
      // The status is stored and shown verbatim, so it goes through the same redaction.
      items.push({ uuid: item.data.message_uuid, status: redactField(item.data.status, secrets) });
    }
  }
  return items;
}

/**
 * Asks `POST /messages_status/` for the given uuids, in chunks. A failed chunk is reported and
 * the remaining chunks are not tried (the poller backs off and asks again later).
 */
export async function queryStatuses(
  stream: CommpeakStream,
  uuids: readonly string[],
  deps: ClientDeps,
  options: QueryOptions = {},
): Promise<QueryStatusesResult> {
  const chunkSize = Math.max(
    1,
    Math.min(options.chunkSize ?? STATUS_CHUNK_SIZE, STATUS_CHUNK_SIZE),
  );
  const unique = [...new Set(uuids)];
  const { secrets } = tokenForms(stream);
  const statuses: StatusItem[] = [];
  const failures: StatusChunkFailure[] = [];
  let auditError: string | null = null;
  for (let start = 0; start < unique.length; start += chunkSize) {
    const chunk = unique.slice(start, start + chunkSize);
    const requestBody = JSON.stringify({ message_uuids: chunk });
    const call = await callApi(stream, 'messages_status', requestBody, deps, options);
    let failure: ApiFailure | null = call.failure ? finalizeFailure(call.failure, secrets) : null;
    if (!failure && call.bodyText !== null) {
      const items = parseStatuses(call.bodyText, new Set(chunk), secrets);
      if (items === 'malformed') {
        failure = finalizeFailure(
          { kind: 'uncertain', cause: 'malformed_reply', httpStatus: 200 },
          secrets,
        );
      } else if (items === 'refused') {
        failure = finalizeFailure(
          { kind: 'permanent', cause: 'batch_refused', httpStatus: 200 },
          secrets,
        );
      } else {
        statuses.push(...items);
      }
    }
    const error = writeAudit(
      stream,
      'messages_status',
      call,
      {
        requestBody,
        messageCount: chunk.length,
        outcome: failure ? failure.kind : 'ok',
        error: failure ? failure.message : null,
        campaignId: options.campaignId ?? null,
      },
      deps,
    );
    auditError ??= error;
    if (failure) {
      failures.push({ uuids: unique.slice(start), failure });
      break;
    }
  }
  return { statuses, failures, auditError };
}
