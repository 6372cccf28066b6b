import type { DatabaseSync } from 'node:sqlite';
import { createAuditStore, type AuditStore } from '../../../main/engine/audit/audit-store';
import type { ClientDeps } from '../../../main/engine/commpeak/call-api';
import type { CommpeakStream, OutgoingMessage } from '../../../main/engine/commpeak/commpeak-types';
import type { SandboxConfigInput } from '../../../main/sandbox/sandbox-config';
import type { SandboxHandle } from '../../../main/sandbox/start-sandbox';
import { originOf } from '../../../shared/streams/endpoint-origin';
import { tempDatabase } from '../../support/temp-database';
import { testSandbox } from '../../support/test-engine';

export interface Harness {
  readonly sandbox: SandboxHandle;
  readonly db: DatabaseSync;
  readonly audit: AuditStore;
  readonly deps: ClientDeps;
  stream(overrides?: Partial<CommpeakStream>): CommpeakStream;
}

export const TOKEN = 'test-token-0001';

/**
 * A real sandbox on loopback, a real SQLite audit log in a temp folder, Node's real fetch;
 * all closed when the test ends.
 */
export async function createHarness(config: SandboxConfigInput = {}): Promise<Harness> {
  const sandbox = await testSandbox({ tokens: [TOKEN], ...config });
  const { db } = tempDatabase();
  const audit = createAuditStore(db);
  return {
    sandbox,
    db,
    audit,
    deps: { fetch: globalThis.fetch, now: () => Date.now(), audit: audit.record },
    stream: (overrides = {}) => {
      const baseUrl = overrides.baseUrl ?? sandbox.baseUrl;
      return {
        id: 'stream-1',
        baseUrl,
        token: TOKEN,
        // Bound to wherever the test points it, as resolveStream binds main's credentials.
        boundOrigin: originOf(baseUrl) ?? '',
        timeoutMs: 5000,
        ...overrides,
      };
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
