import { describe, expect, it } from 'vitest';
import { appendOptOutFooter } from '../../../shared/template/opt-out-footer';

describe('appendOptOutFooter', () => {
  const footer = 'Reply STOP to opt out';

  it('adds the footer on a new line', () => {
    expect(appendOptOutFooter('Sale today!', footer)).toBe('Sale today!\nReply STOP to opt out');
  });

  it('does not add it twice, whatever the case', () => {
    const once = appendOptOutFooter('Sale today!', footer);
    expect(appendOptOutFooter(once, footer)).toBe(once);
    expect(appendOptOutFooter('Sale. reply stop to opt out', footer)).toBe(
      'Sale. reply stop to opt out',
    );
  });

  it('trims trailing blank lines before adding, and handles empty input', () => {
    expect(appendOptOutFooter('Sale!\n\n', footer)).toBe('Sale!\nReply STOP to opt out');
    expect(appendOptOutFooter('', footer)).toBe(footer);
    expect(appendOptOutFooter('Sale!', '  ')).toBe('Sale!');
  });
});
