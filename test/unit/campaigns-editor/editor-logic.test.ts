import { describe, expect, it } from 'vitest';
import type { CampaignSummary, PreflightReport } from '../../../shared/campaigns/campaign-types';
import {
  highlightSegments,
  lineAndColumn,
} from '../../../renderer/features/campaigns/editor/message/template-highlight';
import { sendBlockers } from '../../../renderer/features/campaigns/editor/send/send-blockers';
import {
  localInputToIso,
  suggestedStart,
  toLocalInput,
  utcOffset,
} from '../../../renderer/features/campaigns/editor/send/schedule-time';
import { filterCampaigns } from '../../../renderer/features/campaigns/list/filter-campaigns';
import { compileTemplate } from '../../../shared/template/compile-template';

describe('template highlight', () => {
  it('marks each UCS-2 character on its own and tells the fixable ones apart', () => {
    const segs = highlightSegments('Don’t ש', []);
    expect(segs.map((s) => [s.text, s.ucs2, s.fixable])).toEqual([
      ['Don', false, false],
      ['’', true, true],
      ['t ', false, false],
      ['ש', true, false],
    ]);
  });

  it('keeps an emoji (surrogate pair) in one mark', () => {
    expect(highlightSegments('a😀b', []).map((s) => s.text)).toEqual(['a', '😀', 'b']);
  });

  it('marks the span of a template error, at the same indices as the textarea', () => {
    const text = 'Hi {frist_name}!';
    const errors = compileTemplate(text, ['first_name']).errors;
    const segs = highlightSegments(text, errors);
    expect(segs.filter((s) => s.error).map((s) => s.text)).toEqual(['{frist_name}']);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('gives 1-based line and column', () => {
    expect(lineAndColumn('ab\ncd{x}', 5)).toEqual({ line: 2, column: 3 });
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('schedule time', () => {
  it('stores the local date and time with the offset of that date', () => {
    const iso = localInputToIso('2031-06-01T10:30');
    expect(iso).toMatch(/^2031-06-01T10:30:00[+-]\d\d:\d\d$/);
    // The same instant, read back, shows the same local time.
    expect(toLocalInput(new Date(iso ?? ''))).toBe('2031-06-01T10:30');
    expect(iso?.slice(-6)).toBe(utcOffset(new Date(2031, 5, 1, 10, 30)));
  });

  it('refuses what is not a datetime-local value', () => {
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('2031-06-01')).toBeNull();
  });

  it('suggests a quarter hour at least an hour ahead', () => {
    const now = new Date(2031, 0, 1, 9, 7, 30);
    const s = suggestedStart(now);
    expect(s.getTime() - now.getTime()).toBeGreaterThanOrEqual(3600_000);
    expect(s.getMinutes() % 15).toBe(0);
    expect(s.getSeconds()).toBe(0);
  });
});

function report(overrides: Partial<PreflightReport>): PreflightReport {
  return {
    recipients: 3,
    suppressed: 0,
    totalParts: 3,
    partsHistogram: { '1': 3 },
    ucs2Rows: 0,
    ucs2Chars: [],
    overBoundaryFields: [],
    emptyFields: [],
    cost: { total: 0, currency: null, byCountry: [], missingCountries: [] },
    compliance: [],
    templateErrors: [],
    variants: [],
    rest: null,
    quietHold: null,
    durationMs: 1,
    ...overrides,
  };
}

describe('send blockers', () => {
  it('lets a clean report through, warnings included', () => {
    const r = report({
      compliance: [{ rule: 'url_shortener', severity: 'warning', message: 'w' }],
    });
    expect(sendBlockers(r, true, null)).toEqual([]);
  });

  it('lists every reason in plain words', () => {
    const r = report({
      recipients: 0,
      suppressed: 2,
      templateErrors: ['Unknown field {x}'],
      compliance: [{ rule: 'quiet_hours', severity: 'error', message: 'Night.' }],
    });
    expect(sendBlockers(r, false, 'Past.')).toEqual([
      'Choose a stream in the Message step.',
      'Message: Unknown field {x}',
      'Everyone in the audience is on the opt-out list.',
      'Night. Or turn on “Respect quiet hours” so each message waits for morning.',
      'Past.',
    ]);
  });
});

describe('campaign filter', () => {
  const base = { archived: false, status: 'draft' } as const;
  const list = [
    { ...base, id: 1, name: 'Spring Sale' },
    { ...base, id: 2, name: 'Summer', status: 'done' },
    { ...base, id: 3, name: 'Old spring', status: 'done', archived: true },
  ] as unknown as CampaignSummary[];
  const ids = (f: Parameters<typeof filterCampaigns>[1]) =>
    filterCampaigns(list, f).map((c) => c.id);

  it('hides archived campaigns unless asked', () => {
    expect(ids({ status: 'all', search: '', showArchived: false })).toEqual([1, 2]);
    expect(ids({ status: 'all', search: '', showArchived: true })).toEqual([1, 2, 3]);
  });

  it('filters by status and searches names without case', () => {
    expect(ids({ status: 'done', search: '', showArchived: true })).toEqual([2, 3]);
    expect(ids({ status: 'all', search: ' SPRING ', showArchived: true })).toEqual([1, 3]);
  });
});
