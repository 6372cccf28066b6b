import type { z } from 'zod';
import {
  sendRequestSchema,
  statusRequestSchema,
  type SendRequest,
  type StatusRequest,
} from './wire-shapes';

/** One entry of a FastAPI/pydantic 422 `detail` list. */
export interface FastApiIssue {
  readonly loc: (string | number)[];
  readonly msg: string;
  readonly type: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: FastApiIssue[] };

function typeIssue(expected: string, path: (string | number)[]): Omit<FastApiIssue, 'loc'> {
  switch (expected) {
    case 'string':
      return { type: 'string_type', msg: 'Input should be a valid string' };
    case 'array':
      return { type: 'list_type', msg: 'Input should be a valid list' };
    case 'object':
      return {
        type: path.length === 0 ? 'model_attributes_type' : 'dict_type',
        msg: 'Input should be a valid dictionary or object to extract fields from',
      };
    default:
      return { type: `${expected}_type`, msg: `Input should be a valid ${expected}` };
  }
}

/** Words and types as pydantic 2 writes them, so the client is tested against FastAPI's shape. */
function toFastApi(issue: z.core.$ZodIssue): FastApiIssue {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const loc = ['body', ...path];
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return { loc, type: 'missing', msg: 'Field required' };
    return { loc, ...typeIssue(issue.expected, path) };
  }
  return { loc, type: 'value_error', msg: issue.message };
}

function validate<T>(
  body: string,
  schema: z.ZodType<T>,
  list: (value: T) => readonly unknown[],
  listName: string,
  cap: number,
): Validated<T> {
  if (body.trim() === '')
    return { ok: false, issues: [{ loc: ['body'], type: 'missing', msg: 'Field required' }] };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return {
      ok: false,
      issues: [{ loc: ['body', 0], type: 'json_invalid', msg: 'JSON decode error' }],
    };
  }
  const parsed = schema.safeParse(json, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(toFastApi) };
  const n = list(parsed.data).length;
  const loc = ['body', listName];
  if (n === 0) {
    return {
      ok: false,
      issues: [
        { loc, type: 'too_short', msg: 'List should have at least 1 item after validation, not 0' },
      ],
    };
  }
  if (n > cap) {
    return {
      ok: false,
      issues: [
        {
          loc,
          type: 'too_long',
          msg: `List should have at most ${cap} items after validation, not ${n}`,
        },
      ],
    };
  }
  return { ok: true, value: parsed.data };
}

export function validateSimpleSend(body: string, cap: number): Validated<SendRequest> {
  return validate(body, sendRequestSchema, (v) => v.messages, 'messages', cap);
}

export function validateMessagesStatus(body: string, cap: number): Validated<StatusRequest> {
  return validate(body, statusRequestSchema, (v) => v.message_uuids, 'message_uuids', cap);
}
