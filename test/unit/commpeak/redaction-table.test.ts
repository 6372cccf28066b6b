import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryStatuses } from '../../../main/engine/commpeak/query-statuses';
import { REDACTED, redactField, redactSecrets } from '../../../main/engine/commpeak/redact';
import { sendBatch } from '../../../main/engine/commpeak/send-batch';
import {
  headerSafe,
  internalIdsOf,
  startEchoServer,
  uuidsOf,
  type EchoReply,
  type EchoServer,
} from '../../support/echo-server';
import { findTokenTrace, tokenForms } from '../../support/token-forms';
import { createHarness, messages } from './harness';

// Has `/` and `+`, so its JSON, percent and base64 forms all differ from the token itself.
const TOKEN = 'Cp7xQ9/Lm+Zr4TkW2vNsE8hYjB5';
const SPACED = `${TOKEN.slice(0, 10)} ${TOKEN.slice(10)}`;
const forms = tokenForms(TOKEN);

function secretFor(form: { needsSpace?: boolean }): string {
  return form.needsSpace ? SPACED : TOKEN;
}

/** Every string anywhere inside a value (objects, arrays, errors). */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value instanceof Error) out.push(value.message, String(value.stack));
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

function expectNoTrace(value: unknown, secret = TOKEN): void {
  for (const text of stringsIn(value)) expect(findTokenTrace(text, secret), text).toBeNull();
}

describe('the oracle sees every form (so the tests below can fail)', () => {
  it.each(forms.map((f) => [f.name, f] as const))('%s', (_, form) => {
    expect(findTokenTrace(`x ${form.text} y`, secretFor(form))).not.toBeNull();
  });
});

describe('redactSecrets: a token form inside a longer text', () => {
  it.each(forms.map((f) => [f.name, f] as const))('%s', (_, form) => {
    const text = `CommPeak said: ${form.text} (request 42)`;
    const out = redactSecrets(text, [secretFor(form)]);
    expect(findTokenTrace(out, secretFor(form))).toBeNull();
    expect(out).toContain(REDACTED);
    // The words around the token survive, so the audit stays useful.
    expect(out.startsWith('CommPeak said: ')).toBe(true);
    expect(out.endsWith(' (request 42)')).toBe(true);
  });
});

describe('redactField: a reply field that contains the token becomes [redacted] as a whole', () => {
  it.each(forms.map((f) => [f.name, f] as const))('%s', (_, form) => {
    expect(redactField(`uuid-${form.text}-1`, [secretFor(form)])).toBe('[redacted]');
  });
});

describe('what must not be redacted', () => {
  const rows: [string, string][] = [
    ['a run of 7 characters of the token', `prefix ${TOKEN.slice(3, 10)} suffix`],
    ['a CommPeak uuid', 'message 3f2a9c1b-5d4e-4f60-8a7b-9c0d1e2f3a4b accepted'],
    ['an ordinary detail', 'Field required: messages.0.sender'],
    ['the words around an invisible character', 'caf\u00e9 au lait'],
  ];
  it.each(rows)('%s', (_, text) => {
    expect(redactSecrets(text, [TOKEN])).toBe(text);
    expect(redactField(text, [TOKEN])).toBe(text);
  });

  it('strips invisible and bidi characters from reply fields even without a token in them', () => {
    expect(redactField('deli\u200bvered\u202e', [TOKEN])).toBe('delivered');
  });

  it('ignores secrets shorter than 4 characters (sandbox tokens like t1)', () => {
    expect(redactSecrets('t1 is fine', ['t1'])).toBe('t1 is fine');
  });
});

describe('every form echoed by a server, through the client', () => {
  const sendable = forms.filter((f) => !f.needsSpace);
  let mode: { form: string; path: 'error' | 'success' } = { form: '', path: 'success' };
  let echo: EchoServer;

  const reply = (path: string, body: unknown, token: string): EchoReply => {
    const form = mode.form;
    const headers = headerSafe(form) ? { 'X-Echo': form, 'X-Token': token } : undefined;
    if (path === '/messages_status/') {
      return {
        status: 200,
        body: {
          status: true,
          messages: uuidsOf(body).map((u) => ({ message_uuid: u, status: form, note: form })),
        },
        ...(headers ? { headers } : {}),
      };
    }
    const ids = internalIdsOf(body);
    if (mode.path === 'success') {
      return {
        status: 200,
        body: {
          status: true,
          task_id: form,
          details: form,
          messages: ids.map((id, i) => ({
            internal_id: id,
            // The first message gets a real uuid so its status is asked for.
            message_uuid: i === 0 ? 'real-uuid-1' : `${form}`,
            error: null,
          })),
        },
        ...(headers ? { headers } : {}),
      };
    }
    return { status: 200, body: { status: false, details: `refused ${form}` } };
  };

  beforeAll(async () => {
    echo = await startEchoServer((call) => reply(call.path, call.body, call.token));
  });
  afterAll(async () => {
    await echo.close();
  });

  const failures: ((form: string) => EchoReply)[] = [
    (form) => ({ status: 403, body: { detail: `token ${form} is not allowed for IP 1.2.3.4` } }),
    (form) => ({
      status: 422,
      body: { detail: [{ loc: ['body', form], msg: `bad value ${form}`, type: 'x' }] },
    }),
    (form) => ({ status: 200, body: { status: false, details: form } }),
    (form) => ({ status: 404, body: `Not here: ${form}` }),
    (form): EchoReply =>
      headerSafe(form)
        ? { status: 307, body: '', headers: { Location: `https://elsewhere.example/?t=${form}` } }
        : { status: 429, body: { detail: form }, headers: { 'Retry-After': '1' } },
  ];

  it.each(sendable.map((f) => [f.name, f] as const))('error path: %s', async (_, form) => {
    const h = await createHarness();
    const outputs: unknown[] = [];
    for (const failure of failures) {
      const server = await startEchoServer((call) => {
        if (call.path === '/simple_send/' && call.n === 0) {
          // Per-message errors echo the token in `error` and `details`.
          return {
            status: 200,
            body: {
              status: true,
              messages: internalIdsOf(call.body).map((id) => ({
                internal_id: id,
                message_uuid: null,
                error: form.text,
                details: `because ${form.text}`,
              })),
            },
          };
        }
        return failure(form.text);
      });
      const stream = h.stream({ token: TOKEN, baseUrl: server.baseUrl });
      const perMessage = await sendBatch(stream, messages(2), h.deps);
      // Each field that held the token is replaced as a whole, not just the token in it.
      for (const o of perMessage.outcomes) {
        expect(o.status === 'failed' && [o.failure.error, o.failure.details]).toEqual([
          REDACTED,
          REDACTED,
        ]);
      }
      const whole = await sendBatch(stream, messages(2), h.deps);
      const facts = whole.callFailure;
      expect(facts).not.toBeNull();
      const echoed = [facts?.detail, facts?.details, facts?.location].filter(
        (f) => f !== undefined,
      );
      expect(echoed.length).toBeLessThanOrEqual(1);
      for (const field of echoed) expect(field).toBe(REDACTED);
      outputs.push(perMessage, whole, await queryStatuses(stream, ['u-1'], h.deps));
      await server.close();
    }
    const rows = h.db.prepare('SELECT * FROM api_audit').all();
    expect(rows).toHaveLength(failures.length * 3);
    expectNoTrace({ outputs, rows });
    expect(JSON.stringify(outputs)).toContain(REDACTED);
  });

  it.each(sendable.map((f) => [f.name, f] as const))('success path: %s', async (_, form) => {
    const h = await createHarness();
    mode = { form: form.text, path: 'success' };
    const stream = h.stream({ token: TOKEN, baseUrl: echo.baseUrl });
    const sent = await sendBatch(stream, messages(3), h.deps);
    expect(sent.callFailure).toBeNull();
    expect(sent.outcomes.map((o) => o.status)).toEqual(['accepted', 'accepted', 'accepted']);
    // An echoed uuid is withheld (null), never stored or polled; the real one is kept.
    expect(sent.outcomes.map((o) => (o.status === 'accepted' ? o.messageUuid : 'x'))).toEqual([
      'real-uuid-1',
      null,
      null,
    ]);
    const statuses = await queryStatuses(stream, ['real-uuid-1'], h.deps);
    expect(statuses.statuses).toEqual([{ uuid: 'real-uuid-1', status: REDACTED }]);
    const rows = h.db.prepare('SELECT * FROM api_audit').all();
    expect(rows).toHaveLength(2);
    expectNoTrace({ sent, statuses, rows });
  });
});
