import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { createAuditStore, type AuditStore } from '../../../main/engine/audit/audit-store';
import type { ClientDeps } from '../../../main/engine/commpeak/call-api';
import type { CommpeakStream, OutgoingMessage } from '../../../main/engine/commpeak/commpeak-types';
import { openDatabase } from '../../../main/engine/db/open-database';
import type { SandboxConfigInput } from '../../../main/sandbox/sandbox-config';
import { startSandbox, type SandboxHandle } from '../../../main/sandbox/start-sandbox';

export interface Harness {
  readonly sandbox: SandboxHandle;
  readonly db: DatabaseSync;
  readonly audit: AuditStore;
  readonly deps: ClientDeps;
  stream(overrides?: Partial<CommpeakStream>): CommpeakStream;
  close(): Promise<void>;
}

export const TOKEN = 'test-token-0001';

/** A real sandbox on loopback, a real SQLite audit log in a temp folder, Node's real fetch. */
export async function createHarness(config: SandboxConfigInput = {}): Promise<Harness> {
  const sandbox = await startSandbox({ latencyMs: [0, 0], tokens: [TOKEN], ...config });
  const dir = mkdtempSync(join(tmpdir(), 'peaksend-commpeak-'));
  const db = openDatabase(dir);
  const audit = createAuditStore(db);
  return {
    sandbox,
    db,
    audit,
    deps: { fetch: globalThis.fetch, now: () => Date.now(), audit: audit.record },
    stream: (overrides = {}) => ({
      id: 'stream-1',
      baseUrl: sandbox.baseUrl,
      token: TOKEN,
      timeoutMs: 5000,
      ...overrides,
    }),
    async close() {
      await sandbox.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function messages(count: number, prefix = 'm'): OutgoingMessage[] {
  return Array.from({ length: count }, (_, i) => ({
    internalId: `${prefix}-${i + 1}`,
    sender: 'BRAND',
    phone: `+49152000${String(i + 1).padStart(5, '0')}`,
    text: `Hello number ${i + 1}`,
  }));
}
