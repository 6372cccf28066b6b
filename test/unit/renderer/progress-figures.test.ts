import { describe, expect, it } from 'vitest';
import { barFigures } from '../../../renderer/features/campaigns/progress/bar-figures';
import { heldText } from '../../../renderer/features/campaigns/progress/format-progress';
import { uncertainWhy } from '../../../renderer/features/campaigns/progress/uncertain-wording';
import {
  isWaiting,
  waitingText,
} from '../../../renderer/features/campaigns/progress/waiting-state';
import { progress } from './fixtures';

const groups = { pending: 0, sending: 0, accepted: 0, delivered: 0, failed: 0, uncertain: 0 };

describe('the progress bar', () => {
  it('shows a cancelled campaign’s sent share and its skipped rows, not 100 %', () => {
    const p = progress({
      status: 'canceled',
      total: 4498,
      byGroup: { ...groups, accepted: 120, delivered: 30, skipped: 4348 },
    });
    expect(barFigures(p)).toEqual({
      percent: 3,
      text: '150 sent, 4,348 skipped of 4,498 recipients',
    });
  });

  it('shows how many rows are done while sending', () => {
    expect(barFigures(progress())).toEqual({ percent: 40, text: '4 of 10 recipients' });
  });
});

describe('held rows', () => {
  const now = Date.parse('2026-11-27T06:27:00Z');
  it('say until when, in their time and in UTC', () => {
    const row = {
      heldUntil: { at: '2026-11-27T13:00:00.000Z', local: '08:00' },
      zoneUncertain: false,
    };
    expect(heldText(row, now)).toBe('Held until 08:00 their time (13:00 UTC)');
    expect(heldText({ ...row, zoneUncertain: true }, now)).toBe(
      'Held until 08:00 their time (13:00 UTC); zone uncertain, the latest of its zones is used',
    );
    expect(heldText({ heldUntil: null, zoneUncertain: false }, now)).toBeNull();
  });
});

describe('the uncertain panel’s explanation', () => {
  it('speaks of a server error for 500s, not of a failed connection', () => {
    expect(uncertainWhy(['http_5xx', 'http_5xx'])).toBe(
      'For these requests CommPeak answered with a server error, so Peaksend cannot tell whether CommPeak accepted them. They are not sent again unless you say so.',
    );
    expect(uncertainWhy(['timeout'])).toContain(
      'the connection failed after the requests were sent',
    );
    expect(uncertainWhy(['timeout', 'http_5xx'])).toContain(
      'the connection failed after the requests were sent or CommPeak answered with a server error',
    );
    expect(uncertainWhy(['interrupted'])).toContain('Peaksend stopped while they were being sent');
  });
});

describe('a stalled run', () => {
  const since = Date.parse('2026-11-27T07:10:00Z');
  const waiting = {
    kind: 'connection_refused' as const,
    reason: 'connection refused at 127.0.0.1:9',
    since,
    nextTryAt: since + 28_000,
  };
  it('is "Waiting" after 15 s without a message handed over, not before, and never for quiet hours', () => {
    expect(isWaiting('sending', waiting, since + 14_000)).toBe(false);
    expect(isWaiting('sending', waiting, since + 15_000)).toBe(true);
    expect(isWaiting('paused', waiting, since + 60_000)).toBe(false);
    expect(isWaiting('sending', { ...waiting, kind: 'quiet_hours' }, since + 60_000)).toBe(false);
  });
  it('says what it waits for, since when and when it tries next', () => {
    expect(waitingText(waiting, since + 20_000)).toMatch(
      /^Waiting: Connection refused at 127\.0\.0\.1:9 since \d\d:\d\d; next try in 8 s$/,
    );
  });
});
