import { z } from 'zod';
import type { StatusView } from './message-log';

/**
 * The API as the sandbox serves it (COMMPEAK-API.md), written here and not taken from the
 * client (main/engine/commpeak/commpeak-types.ts) on purpose: a field the client misnames or
 * mistypes must fail here with a 422, as it would against CommPeak, instead of passing because
 * both sides share the same mistake. Like pydantic, unknown fields are ignored and a value of
 * the wrong type is refused, not coerced.
 */

export const sendRequestSchema = z.object({
  messages: z.array(
    z.object({
      internal_id: z.string(),
      sender: z.string(),
      recipient_phone: z.string(),
      message_content: z.string(),
    }),
  ),
});
export type SendRequest = z.infer<typeof sendRequestSchema>;
export type SendRequestMessage = SendRequest['messages'][number];

export const statusRequestSchema = z.object({
  message_uuids: z.array(z.string()),
});
export type StatusRequest = z.infer<typeof statusRequestSchema>;

/** One entry per input message: a uuid when accepted, else an error code (and maybe details). */
export interface SendReplyItem {
  readonly internal_id: string;
  readonly message_uuid: string | null;
  readonly error: string | null;
  readonly details?: string | null;
}

export interface SendReply {
  readonly status: true;
  readonly task_id: string;
  readonly messages: readonly SendReplyItem[];
}

export interface StatusReply {
  readonly status: true;
  readonly messages: readonly StatusView[];
}
