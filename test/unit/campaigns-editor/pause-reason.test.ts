import { describe, expect, it } from 'vitest';
import {
  describePauseReason,
  isNewsworthyPause,
  parseStoredPauseReason,
} from '../../../shared/campaigns/pause-reason';

describe('pause reasons are data', () => {
  it('round-trips through storage and keeps legacy text', () => {
    const reason = { kind: 'commpeak', failure: 'auth', message: 'CommPeak refused the token.' };
    expect(parseStoredPauseReason(JSON.stringify(reason))).toEqual(reason);
    expect(parseStoredPauseReason(null)).toBeNull();
    expect(parseStoredPauseReason('Paused by you.')).toEqual({
      kind: 'startFailed',
      message: 'Paused by you.',
    });
  });

  it('makes the words in one place and tells user pauses from news', () => {
    expect(describePauseReason({ kind: 'user' })).toBe('Paused by you.');
    expect(describePauseReason({ kind: 'interrupted' })).toMatch(/closed while this campaign/);
    expect(describePauseReason({ kind: 'error', message: 'boom' })).toBe('Sending stopped: boom');
    expect(isNewsworthyPause({ kind: 'user' })).toBe(false);
    expect(isNewsworthyPause({ kind: 'interrupted' })).toBe(true);
    expect(isNewsworthyPause(null)).toBe(false);
  });
});

describe('storage faults', () => {
  it('say how much space is left', () => {
    expect(describePauseReason({ kind: 'storage', fault: 'diskFull', freeMb: 3 })).toMatch(
      /^The disk is full \(3 MB free\)/,
    );
  });
});
