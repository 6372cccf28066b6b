import type {
  Campaign,
  CampaignProgress,
  CampaignSummary,
} from '../../../shared/campaigns/campaign-types';
import type { ContactListView } from '../../../shared/contacts/contact-types';
import type { StreamView } from '../../../shared/streams/stream-types';

const AT = '2031-01-01T09:00:00.000Z';

export function stream(overrides: Partial<StreamView> = {}): StreamView {
  return {
    id: 'acme',
    name: 'Acme',
    type: 'marketing',
    builtIn: false,
    defaultSender: 'ACME',
    allowedIps: [],
    baseUrl: 'https://textpeak-streams.commpeak.com',
    rateLimit: 50,
    hasToken: true,
    tokenHint: '••••0001',
    protection: 'os-keychain',
    sandboxProfile: null,
    lastUsedAt: null,
    health: null,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function contactList(overrides: Partial<ContactListView> = {}): ContactListView {
  return {
    id: 1,
    name: 'Customers',
    defaultCountry: 'DE',
    columns: ['first_name'],
    phoneColumn: 'phone',
    headers: { first_name: 'First Name' },
    contactCount: 10,
    importing: null,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 7,
    name: 'Spring sale',
    status: 'sending',
    streamId: 'acme',
    sender: 'ACME',
    template: 'Hi {first_name}',
    variants: [{ name: '', template: 'Hi {first_name}' }],
    split: { kind: 'equal' },
    utm: { enabled: false, source: 'sms', medium: 'sms', campaign: '', content: '{variant}' },
    winner: null,
    optOutFooter: null,
    listIds: [1],
    excludeListIds: [],
    segmentIds: [],
    excludeSegmentIds: [],
    scheduleAt: null,
    quietHours: true,
    batchSize: 100,
    concurrency: 2,
    pauseReason: null,
    draftStep: 'send',
    archived: false,
    createdAt: AT,
    updatedAt: AT,
    startedAt: AT,
    finishedAt: null,
    ...overrides,
  };
}

export function summary(overrides: Partial<CampaignSummary> = {}): CampaignSummary {
  return {
    ...campaign(),
    recipients: 10,
    accepted: 4,
    delivered: 0,
    failed: 0,
    uncertain: 0,
    partsSent: 4,
    cost: null,
    currency: null,
    heldBy: null,
    ...overrides,
  };
}

export function progress(overrides: Partial<CampaignProgress> = {}): CampaignProgress {
  return {
    campaignId: 7,
    status: 'sending',
    pauseReason: null,
    heldBy: null,
    total: 10,
    byState: {},
    byGroup: {
      pending: 6,
      sending: 0,
      accepted: 4,
      delivered: 0,
      failed: 0,
      uncertain: 0,
      skipped: 0,
    },
    partsSent: 4,
    costSoFar: null,
    currency: null,
    messagesPerSecond: 2,
    partsPerSecond: 2,
    etaSeconds: 3,
    heldForQuietHours: 0,
    quietHoursOpenAt: null,
    errors: [],
    retrying: [],
    waiting: null,
    pollFailure: null,
    variants: [
      {
        variant: 'A',
        total: 10,
        byGroup: {
          pending: 6,
          sending: 0,
          accepted: 4,
          delivered: 0,
          failed: 0,
          uncertain: 0,
          skipped: 0,
        },
        partsSent: 4,
        costSoFar: null,
      },
    ],
    at: 1,
    ...overrides,
  };
}
