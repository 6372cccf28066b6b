import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../shared/contract/result';
import type { AddStreamInput } from '../../shared/streams/stream-input';
import { SANDBOX_STREAM_ID, type StreamView } from '../../shared/streams/stream-types';
import type { z } from 'zod';
import type { addStreamSchema, updateStreamSchema } from '../../shared/streams/stream-input';
import { originOf } from '../../shared/streams/endpoint-origin';
import type { StreamCredentials } from '../engine-contract/stream-credentials';
import type { ConfirmPort } from '../ports/confirm';
import type { OpenedToken, TokenVault } from '../vault/token-vault';
import { confirmEndpoint } from './endpoint-guard';
import type { StreamRecord } from './stream-record';
import type { StreamUsage } from '../engine-contract/engine-streams-contract';
import type { StreamRepository } from './stream-repository';

type AddInput = z.output<typeof addStreamSchema>;
type UpdateInput = z.output<typeof updateStreamSchema>;

export const TOKEN_REQUIRED_MESSAGE = 'Enter the token again to change where it is sent.';

/** The origin of an address the schema already accepted (a record's or an input's). */
function originOrFail(baseUrl: string): string {
  const origin = originOf(baseUrl);
  if (!origin) {
    throw new AppFailure('INVALID_INPUT', 'That base URL is not a valid address.', {
      baseUrl: 'Enter a full address, e.g. https://textpeak-streams.commpeak.com',
    });
  }
  return origin;
}

/**
 * Stream management on the main side: validation beyond the schema (unique names, the built-in
 * Sandbox), sealing tokens through the vault bound to their origin, moving a stream only with
 * its token, and building in-memory credentials for sending.
 */
/** What the stream form edits, as a record stores it (the token is sealed apart). */
function formFields(input: AddInput | UpdateInput) {
  return {
    name: input.name,
    type: input.type,
    defaultSender: input.defaultSender,
    allowedIps: input.allowedIps,
    baseUrl: input.baseUrl,
    rateLimit: input.rateLimit,
  };
}

export class StreamService {
  /** Ciphertext → still decryptable; so listing does not decrypt every token every time. */
  private readonly readability = new Map<string, boolean>();

  constructor(
    private readonly repo: StreamRepository,
    private readonly vault: TokenVault,
    /** Asks about custom endpoints (outside CommPeak and this computer). */
    private readonly confirm: ConfirmPort,
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
    const origin = originOrFail(input.baseUrl);
    await confirmEndpoint(this.confirm, input.name, origin);
    const sealed = await this.vault.seal(input.token, origin, input.acceptUnprotected);
    const now = this.repo.timestamp();
    const record: StreamRecord = {
      id: randomUUID(),
      ...formFields(input),
      ...sealed,
      tokenSetAt: now,
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
    const current = this.record(input.id);
    this.assertUniqueName(input.name, input.id);
    const origin = originOrFail(input.baseUrl);
    const moved = origin !== originOf(current.baseUrl);
    if (moved && input.token === undefined) {
      throw new AppFailure('TOKEN_REQUIRED', TOKEN_REQUIRED_MESSAGE, {
        token: TOKEN_REQUIRED_MESSAGE,
      });
    }
    if (moved) await confirmEndpoint(this.confirm, input.name, origin);
    const sealed =
      input.token === undefined
        ? null
        : await this.vault.seal(input.token, origin, input.acceptUnprotected);
    this.replace(input.id, (r) => ({
      ...r,
      ...(sealed ? { ...sealed, tokenSetAt: this.repo.timestamp() } : {}),
      ...formFields(input),
    }));
    return this.view(input.id);
  }

  async replaceToken(id: string, token: string, acceptUnprotected: boolean): Promise<StreamView> {
    const record = this.record(id);
    const sealed = await this.vault.seal(token, originOrFail(record.baseUrl), acceptUnprotected);
    this.replace(id, (r) => ({ ...r, ...sealed, tokenSetAt: this.repo.timestamp() }));
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
    return (await this.opened(id)).token;
  }

  /**
   * The token with the origin it is bound to, refused when the record's base URL points
   * elsewhere (a record changed without its token: a bug or an edited settings file).
   */
  private async opened(id: string): Promise<OpenedToken> {
    const record = this.record(id);
    const opened = await this.vault.open(record, (sealed) =>
      this.replace(id, (r) => ({ ...r, ...sealed }), false),
    );
    const current = originOf(record.baseUrl);
    if (opened.origin !== current) {
      throw new AppFailure(
        'TOKEN_REQUIRED',
        `The token of "${record.name}" was entered for ${opened.origin}, but the stream now ` +
          `sends to ${current ?? 'an invalid address'}. Replace the token to send it there.`,
      );
    }
    return opened;
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
        origin: '',
        token: '',
        rateLimit: s.rateLimit,
        defaultSender: s.defaultSender,
      };
    }
    const r = this.record(id);
    const opened = await this.opened(id);
    return {
      id,
      name: r.name,
      sandbox: false,
      baseUrl: r.baseUrl,
      // The engine refuses to call any other origin with this token (defence in depth).
      origin: opened.origin,
      token: opened.token,
      rateLimit: r.rateLimit,
      defaultSender: r.defaultSender,
    };
  }

  /** `touch: false` for rewrites the user did not make (key rotation, binding a legacy record). */
  private replace(id: string, change: (r: StreamRecord) => StreamRecord, touch = true): void {
    const now = this.repo.timestamp();
    this.repo.saveRecords(
      this.repo
        .records()
        .map((r) => (r.id === id ? { ...change(r), ...(touch ? { updatedAt: now } : {}) } : r)),
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
