import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFailure } from '../../../main/engine/commpeak/describe-failure';
import { queryStatuses } from '../../../main/engine/commpeak/query-statuses';
import { sendBatch } from '../../../main/engine/commpeak/send-batch';
import type { FaultName } from '../../../main/sandbox/sandbox-config';
import { createHarness, messages } from './harness';

const SECRET = 'cp-SECRET-7f3a9b21e4';

let echo: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (echo ? echo.close(() => resolve()) : resolve()));
  echo = undefined;
});

/** A hostile server that puts the token it received into every reply. */
async function startEcho(): Promise<string> {
  echo = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const token = String(req.headers.authorization);
      res.writeHead(req.url === '/simple_send/' ? 403 : 200, {
        'Content-Type': 'application/json',
      });
      res.end(
        req.url === '/simple_send/'
          ? JSON.stringify({ detail: `token ${token} is not allowed for IP 127.0.0.1` })
          : JSON.stringify({ status: true, messages: [{ message_uuid: token, status: token }] }),
      );
    });
  });
  await new Promise<void>((resolve) => echo?.listen(0, '127.0.0.1', resolve));
  const address = echo.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

describe('the stream token never leaks', () => {
  it('is absent from every failure, message, error and audit row produced by failing sends', async () => {
    const harness = await createHarness({ tokens: [SECRET] });
    const h = harness;
    const outputs: unknown[] = [];
    const run = async (stream = h.stream({ token: SECRET, timeoutMs: 300 })) => {
      try {
        outputs.push(await sendBatch(stream, messages(2), h.deps, { campaignId: 'c1' }));
        outputs.push(await queryStatuses(stream, ['u-1'], h.deps, { campaignId: 'c1' }));
      } catch (error) {
        outputs.push(error, error instanceof Error ? error.message : String(error));
      }
    };
    const faults: FaultName[] = [
      'status500After',
      'status503Before',
      'hangAfter',
      'resetAfter',
      'malformed',
      'status429',
      'rateLimitBurst',
    ];
    for (const fault of faults) {
      h.sandbox.injectFault(fault);
      await run();
    }
    await run(h.stream({ token: `${SECRET}-wrong` }));
    await run(h.stream({ token: `${SECRET}\n` }));
    await run(h.stream({ token: `bad ${SECRET}` }));
    await run(
      h.stream({
        token: SECRET,
        baseUrl: `http://user:${SECRET}@${new URL(h.sandbox.baseUrl).host}`,
      }),
    );
    await run(h.stream({ token: SECRET, baseUrl: 'https://commpeak.invalid' }));
    await run(h.stream({ token: SECRET, baseUrl: await startEcho() }));
    await h.sandbox.setProfile('down');
    await run();

    const failures = outputs.flatMap((o) =>
      o && typeof o === 'object' && 'outcomes' in o
        ? (o as Awaited<ReturnType<typeof sendBatch>>).outcomes.flatMap((x) =>
            x.status === 'failed' ? [x.failure] : [],
          )
        : [],
    );
    expect(failures.length).toBeGreaterThan(20);
    const rows = h.db.prepare('SELECT * FROM api_audit').all();
    expect(rows.length).toBeGreaterThan(15);
    const everything = JSON.stringify({ outputs, rows, described: failures.map(describeFailure) });
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain('SECRET-7f3a');
    // The hostile echo really did send the token back, and it was redacted.
    expect(everything).toContain('token [redacted] is not allowed');
    const columns = h.db
      .prepare('SELECT name FROM pragma_table_info(?)')
      .all('api_audit')
      .map((c) => c.name);
    expect(columns.some((c) => /header|auth|token/i.test(String(c)))).toBe(false);
  });
});
