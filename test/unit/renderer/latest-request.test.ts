import { describe, expect, it } from 'vitest';
import { latestRequest } from '../../../renderer/lib/latest-request';

describe('latestRequest', () => {
  it('keeps only the newest request of a key', () => {
    const guard = latestRequest<string>();
    const first = guard.begin('lists');
    const second = guard.begin('lists');
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });

  it('keeps keys apart: a newer page 2 does not make page 1 stale', () => {
    const guard = latestRequest<number>();
    const page1 = guard.begin(1);
    const page2 = guard.begin(2);
    expect(page1()).toBe(true);
    expect(page2()).toBe(true);
    const page1Again = guard.begin(1);
    expect(page1()).toBe(false);
    expect(page1Again()).toBe(true);
  });

  it('cancelAll makes every answer on its way stale, and later requests count again', () => {
    const guard = latestRequest<number>();
    const a = guard.begin(1);
    const b = guard.begin(2);
    guard.cancelAll();
    expect([a(), b()]).toEqual([false, false]);
    expect(guard.begin(1)()).toBe(true);
  });
});
