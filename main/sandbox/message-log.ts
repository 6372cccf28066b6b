import type { SandboxFinalStatus } from './sandbox-config';

/** One message as the sandbox received it (introspection; never de-duplicated). */
export interface ReceivedMessage {
  readonly internalId: string;
  readonly phone: string;
  readonly sender: string;
  readonly text: string;
  readonly parts: number;
  readonly receivedAt: string;
  /** Index of the token in the config's `tokens` list (the token itself is not exposed). */
  readonly tokenIndex: number;
  readonly uuid: string | null;
  readonly accepted: boolean;
  readonly error: string | null;
}

interface Lifecycle {
  readonly message: ReceivedMessage;
  readonly acceptedAtMs: number;
  readonly finalAtMs: number;
  readonly finalStatus: SandboxFinalStatus;
  readonly price: number;
}

export interface StatusView {
  readonly message_uuid: string;
  readonly status: string;
  readonly internal_id: string;
  readonly updated_at: string;
  readonly parts: number;
  readonly price: number;
}

/**
 * Everything received, in arrival order, plus the lifecycle of accepted messages. Status is
 * computed on read from the drawn final time, so 100k messages need no timers.
 */
export class MessageLog {
  readonly received: ReceivedMessage[] = [];
  private readonly byUuid = new Map<string, Lifecycle>();

  add(message: ReceivedMessage): void {
    this.received.push(message);
  }

  accept(message: ReceivedMessage & { uuid: string }, lifecycle: Omit<Lifecycle, 'message'>): void {
    this.received.push(message);
    this.byUuid.set(message.uuid, { message, ...lifecycle });
  }

  statusOf(uuid: string, nowMs: number): StatusView | undefined {
    const life = this.byUuid.get(uuid);
    if (!life) return undefined;
    const final = nowMs >= life.finalAtMs;
    return {
      message_uuid: uuid,
      status: final ? life.finalStatus : 'sent',
      internal_id: life.message.internalId,
      updated_at: new Date(final ? life.finalAtMs : life.acceptedAtMs).toISOString(),
      parts: life.message.parts,
      price: life.price,
    };
  }
}
