import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../shared/contract/result';
import type { AddStreamInput } from '../../shared/streams/stream-input';
import { SANDBOX_STREAM_ID, type StreamView } from '../../shared/streams/stream-types';
import type { z } from 'zod';
import type { addStreamSchema, updateStreamSchema } from '../../shared/streams/stream-input';
import type { StreamCredentials } from '../engine-contract/stream-credentials';
import type { TokenVault } from '../vault/token-vault';
import type { StreamRecord } from './stream-record';
import type { StreamUsage } from '../engine-contract/engine-streams-contract';
import type { StreamRepository } from './stream-repository';

type AddInput = z.output<typeof addStreamSchema>;
type UpdateInput = z.output<typeof updateStreamSchema>;

/**
 * Stream management on the main side: validation beyond the schema (unique names, the built-in
 * Sandbox), sealing tokens through the vault, and building in-memory credentials for sending.
 */
export class StreamService {
  /** Ciphertext → still decryptable; so listing does not decrypt every token every time. */
  private readonly readability = new Map<string, boolean>();

  constructor(
    private readonly repo: StreamRepository,
    private readonly vault: TokenVault,
  ) {}

  async list(usage?: ReadonlyMap<string, StreamUsage>): Promise<StreamView[]> {
    const records = this.repo.records();
    const unreadable = new Set<string>();
    for (const r of records) {
      if (!r.tokenCipher) continue;
      let ok = this.readability.get(r.tokenCipher);
      if (ok === undefined) {
        ok = await this.vault.readable(r);
        this.readability.set(r.tokenCipher, ok);
      }
      if (!ok) unreadable.add(r.id);
    }
    return this.repo
      .list(usage)
      .map((v) => (unreadable.has(v.id) ? { ...v, protection: 'unreadable' as const } : v));
  }

  async view(id: string): Promise<StreamView> {
    const found = (await this.list()).find((v) => v.id === id);
    if (!found) throw new AppFailure('NOT_FOUND', 'That stream no longer exists.');
    return found;
  }

  record(id: string): StreamRecord {
    const r = this.repo.records().find((x) => x.id === id);
    if (!r) {
      if (id === SANDBOX_STREAM_ID) {
        throw new AppFailure('CONFLICT', 'The built-in Sandbox stream has no token to show.');
      }
      throw new AppFailure('NOT_FOUND', 'That stream no longer exists.');
    }
    return r;
  }

  async add(input: AddInput): Promise<StreamView> {
    this.assertUniqueName(input.name, null);
    const sealed = await this.vault.seal(input.token, input.acceptUnprotected);
    const now = this.repo.timestamp();
    const record: StreamRecord = {
      id: randomUUID(),
      name: input.name,
      type: input.type,
      defaultSender: input.defaultSender,
      allowedIps: input.allowedIps,
      baseUrl: input.baseUrl,
      rateLimit: input.rateLimit,
      ...sealed,
      createdAt: now,
      updatedAt: now,
    };
    this.repo.saveRecords([...this.repo.records(), record]);
    return this.view(record.id);
  }

  async update(input: UpdateInput): Promise<StreamView> {
    if (input.id === SANDBOX_STREAM_ID) {
      const current = this.repo.sandboxSettings();
      this.repo.saveSandboxSettings({
        ...current,
        defaultSender: input.defaultSender,
        rateLimit: input.rateLimit,
      });
      return this.view(SANDBOX_STREAM_ID);
    }
    this.record(input.id);
    this.assertUniqueName(input.name, input.id);
    this.replace(input.id, (r) => ({
      ...r,
      name: input.name,
      type: input.type,
      defaultSender: input.defaultSender,
      allowedIps: input.allowedIps,
      baseUrl: input.baseUrl,
      rateLimit: input.rateLimit,
    }));
    return this.view(input.id);
  }

  async replaceToken(id: string, token: string, acceptUnprotected: boolean): Promise<StreamView> {
    this.record(id);
    const sealed = await this.vault.seal(token, acceptUnprotected);
    this.replace(id, (r) => ({ ...r, ...sealed }));
    return this.view(id);
  }

  delete(id: string): void {
    if (id === SANDBOX_STREAM_ID) {
      throw new AppFailure('CONFLICT', 'The built-in Sandbox stream cannot be deleted.');
    }
    this.record(id);
    this.repo.saveRecords(this.repo.records().filter((r) => r.id !== id));
  }

  /** Decrypts the token for one call (reveal, copy, send). */
  async token(id: string): Promise<string> {
    const record = this.record(id);
    return this.vault.open(record, (cipher) =>
      this.replace(id, (r) => ({ ...r, tokenCipher: cipher })),
    );
  }

  async credentials(id: string): Promise<StreamCredentials> {
    if (id === SANDBOX_STREAM_ID) {
      const s = this.repo.sandboxSettings();
      // The engine fills in its embedded sandbox's address and token.
      return {
        id,
        name: 'Sandbox',
        sandbox: true,
        baseUrl: '',
        token: '',
        rateLimit: s.rateLimit,
        defaultSender: s.defaultSender,
      };
    }
    const r = this.record(id);
    return {
      id,
      name: r.name,
      sandbox: false,
      baseUrl: r.baseUrl,
      token: await this.token(id),
      rateLimit: r.rateLimit,
      defaultSender: r.defaultSender,
    };
  }

  private replace(id: string, change: (r: StreamRecord) => StreamRecord): void {
    const now = this.repo.timestamp();
    this.repo.saveRecords(
      this.repo.records().map((r) => (r.id === id ? { ...change(r), updatedAt: now } : r)),
    );
  }

  private assertUniqueName(name: string, exceptId: string | null): void {
    const taken =
      name.toLowerCase() === 'sandbox' ||
      this.repo
        .records()
        .some((r) => r.id !== exceptId && r.name.toLowerCase() === name.toLowerCase());
    if (taken) {
      throw new AppFailure('CONFLICT', `A stream named "${name}" already exists.`, {
        name: 'Another stream already has this name.',
      });
    }
  }
}

export type { AddStreamInput };
