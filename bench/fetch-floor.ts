// Floor for the send benchmark: the same batches posted by a bare fetch loop with the same batch
// size and concurrency — no ledger, no database, no rate limit. Prints {msgsPerSecond}.
// With a sixth argument `fsync`: before each request its batch is appended to a file and
// fdatasync'ed on the main thread (as SQLite's synchronous=FULL commit would be), one fsync per
// batch — the floor with the same durability as the real send.
import { appendFileSync, fdatasyncSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [baseUrl, token, countArg, batchArg, concArg, mode] = process.argv.slice(2);
const dir = mode === 'fsync' ? mkdtempSync(join(tmpdir(), 'peaksend-floor-')) : null;
const journal = dir ? openSync(join(dir, 'journal'), 'a') : null;
const count = Number(countArg);
const batch = Number(batchArg);
const concurrency = Number(concArg);
let next = 0;
const started = performance.now();

async function worker(): Promise<void> {
  while (next < count) {
    const from = next;
    next = Math.min(count, next + batch);
    const messages = [];
    for (let i = from; i < next; i++) {
      messages.push({
        internal_id: `floor-${i}`,
        sender: 'Brand',
        recipient_phone: `49152${String(i + 1).padStart(8, '0')}`,
        message_content: `Hi Name${i + 1}, our sale starts today! Reply STOP to opt out`,
      });
    }
    if (journal !== null) {
      appendFileSync(journal, `${JSON.stringify(messages.map((m) => m.internal_id))}\n`);
      fdatasyncSync(journal);
    }
    const res = await fetch(`${baseUrl}/simple_send/`, {
      method: 'POST',
      headers: { Authorization: token ?? '', 'Content-Type': 'application/json' },
      body: JSON.stringify({ messages }),
    });
    await res.text();
  }
}

await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (performance.now() - started) / 1000;
if (dir) rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ msgsPerSecond: count / seconds, seconds })}\n`);
