import type { DatabaseSync } from 'node:sqlite';
import { isFinalDeliveryStatus } from '../../../shared/campaigns/ledger-state';
import type { Handlers } from '../../../shared/contract/dispatcher';
import { AppFailure } from '../../../shared/contract/result';
import type { StreamHealth } from '../../../shared/streams/stream-types';
import type { ClientDeps } from '../commpeak/call-api';
import { queryStatuses } from '../commpeak/query-statuses';
import { REDACTED } from '../commpeak/redact';
import { sendBatch } from '../commpeak/send-batch';
import type { CampaignStore } from '../campaigns/campaign-store';
import type {
  engineStreamsMethods,
  StreamUsageAnswer,
} from '../../engine-contract/engine-streams-contract';
import { decideCountry, processLocaleCountry } from '../phone/country-rule';
import { normalizePhone } from '../phone/normalize-phone';
import type { SettingsStore } from '../settings/settings-store';
import type { EmbeddedSandbox } from '../sending/embedded-sandbox';
import { resolveStream } from '../sending/resolve-stream';

type StreamMethods = typeof engineStreamsMethods;

const healthOf: Record<string, StreamHealth> = {
  ok: 'ok',
  partial: 'ok',
  permanent: 'ok',
  auth: 'auth_failed',
  retry: 'unreachable',
  uncertain: 'error',
  config: 'error',
};

const phoneReasons: Record<string, string> = {
  empty: 'Enter a phone number.',
  not_a_number: 'That is not a phone number.',
  too_short: 'That number is too short.',
  too_long: 'That number is too long.',
  invalid_for_country: 'That number does not exist in its country.',
  unknown_country: 'That number does not start with a known country code.',
  no_default_country: 'Write the number with its country code (e.g. +44…), or choose a country.',
  mangled_by_excel: 'That number was mangled by a spreadsheet (scientific notation).',
};

export interface StreamsEngineDeps {
  readonly db: DatabaseSync;
  readonly client: ClientDeps;
  readonly sandbox: EmbeddedSandbox;
  readonly campaigns: CampaignStore;
  readonly settings: SettingsStore;
}

export function streamsEngineHandlers(deps: StreamsEngineDeps): Handlers<StreamMethods> {
  return {
    'streams:usage': () => {
      const usage: StreamUsageAnswer['usage'] = {};
      const rows = deps.db
        .prepare(
          `SELECT a.stream_id, a.at, a.outcome FROM api_audit a
          JOIN (SELECT stream_id, MAX(id) AS id FROM api_audit GROUP BY stream_id) last ON last.id = a.id`,
        )
        .all();
      for (const r of rows) {
        usage[String(r.stream_id)] = {
          lastUsedAt: String(r.at),
          health: healthOf[String(r.outcome)] ?? 'error',
        };
      }
      return { usage, campaignCounts: deps.campaigns.countByStream() };
    },
    'streams:sendTest': async ({ stream, phone, text, sender, defaultCountry }) => {
      // The country rule: the dialog's choice, else Settings' default, else the locale's.
      const country = decideCountry({
        ...(defaultCountry === undefined ? {} : { chosen: defaultCountry }),
        setting: deps.settings.defaultCountry(),
        locale: processLocaleCountry() ?? null,
      });
      const parsed = normalizePhone(phone, country.code);
      if (!parsed.ok) {
        throw new AppFailure(
          'INVALID_INPUT',
          phoneReasons[parsed.reason] ?? 'That is not a phone number.',
          {
            phone: phoneReasons[parsed.reason] ?? 'Not a phone number',
          },
        );
      }
      const result = await sendBatch(
        await resolveStream(stream, deps.sandbox),
        [{ internalId: `test-${Date.now().toString(36)}`, sender, phone: parsed.e164, text }],
        deps.client,
      );
      const outcome = result.outcomes[0];
      if (outcome?.status === 'accepted') {
        return {
          phone: parsed.e164,
          accepted: true,
          // A uuid that echoed the token is withheld: shown as [redacted], never polled.
          messageUuid: outcome.messageUuid,
          message: `Accepted by CommPeak (message ${outcome.messageUuid ?? REDACTED}).`,
          failureKind: null,
        };
      }
      const failure = outcome?.status === 'failed' ? outcome.failure : result.callFailure;
      return {
        phone: parsed.e164,
        accepted: false,
        messageUuid: null,
        message: failure?.message ?? 'CommPeak did not answer.',
        failureKind: failure?.kind ?? 'uncertain',
      };
    },
    'streams:testStatus': async ({ stream, messageUuid }) => {
      const result = await queryStatuses(
        await resolveStream(stream, deps.sandbox),
        [messageUuid],
        deps.client,
      );
      const failure = result.failures[0]?.failure;
      if (failure) throw new AppFailure('API_UNREACHABLE', failure.message);
      const status = result.statuses[0]?.status ?? null;
      return { status, final: status !== null && isFinalDeliveryStatus(status) };
    },
    'sandbox:configure': async ({ profile }) => {
      await deps.sandbox.setProfile(profile);
    },
  };
}
