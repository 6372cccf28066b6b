import { z } from 'zod';
import { REQUEST_TIMEOUT_MS } from './assumptions';

/**
 * Wire shapes of CommPeak's Streams SMS API (see COMMPEAK-API.md). Requests are strict because we
 * build them; responses are loose (extra fields ignored) because CommPeak may add fields.
 */

export const outgoingWireMessageSchema = z.object({
  internal_id: z.string(),
  sender: z.string(),
  recipient_phone: z.string(),
  message_content: z.string(),
});
export type OutgoingWireMessage = z.infer<typeof outgoingWireMessageSchema>;

export const simpleSendRequestSchema = z.object({
  messages: z.array(outgoingWireMessageSchema),
});
export type SimpleSendRequest = z.infer<typeof simpleSendRequestSchema>;

export const simpleSendResultItemSchema = z.looseObject({
  internal_id: z.string(),
  message_uuid: z.string().nullish(),
  error: z.string().nullish(),
  details: z.string().nullish(),
});
export type SimpleSendResultItem = z.infer<typeof simpleSendResultItemSchema>;

/** Items are checked one by one so that one odd item does not hide the others. */
export const simpleSendResponseSchema = z.looseObject({
  status: z.boolean(),
  task_id: z.string().nullish(),
  messages: z.array(z.unknown()).nullish(),
  details: z.string().nullish(),
});

export const messagesStatusRequestSchema = z.object({
  message_uuids: z.array(z.string()),
});
export type MessagesStatusRequest = z.infer<typeof messagesStatusRequestSchema>;

export const statusItemSchema = z.looseObject({
  message_uuid: z.string(),
  status: z.string(),
});

export const messagesStatusResponseSchema = z.looseObject({
  status: z.boolean(),
  messages: z.array(z.unknown()).nullish(),
  details: z.string().nullish(),
});

/** FastAPI error bodies: `detail` is a string (HTTPException) or a list (validation errors). */
export const validationIssueSchema = z.looseObject({
  loc: z.array(z.union([z.string(), z.number()])).optional(),
  msg: z.string(),
  type: z.string().optional(),
});
export type ValidationIssue = z.infer<typeof validationIssueSchema>;

export const errorBodySchema = z.looseObject({
  detail: z.union([z.string(), z.array(validationIssueSchema)]),
});

/** A stream as the client needs it: the token is held in memory only for the call. */
export interface CommpeakStream {
  readonly id: string;
  readonly baseUrl: string;
  readonly token: string;
  /**
   * The only origin this token may be sent to (the one it was entered for). A URL on any other
   * origin is refused before the request is made, whatever `baseUrl` says.
   */
  readonly boundOrigin: string;
  /** Whole-request timeout, connect to last body byte. Default 30 s. */
  readonly timeoutMs?: number;
}

/** One message to send; `phone` may be E.164 (`+49…`) or digits. */
export interface OutgoingMessage {
  readonly internalId: string;
  readonly sender: string;
  readonly phone: string;
  readonly text: string;
}

/** The request timeout when a stream sets none (assumptions.ts says why 30 s). */
export const DEFAULT_TIMEOUT_MS = REQUEST_TIMEOUT_MS;
