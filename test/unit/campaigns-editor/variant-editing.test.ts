import { describe, expect, it } from 'vitest';
import { defaultUtm } from '../../../shared/campaigns/message-variants';
import {
  addVariant,
  changeVariant,
  composedText,
  describeVariants,
  equalPercents,
  removeVariant,
} from '../../../renderer/features/campaigns/editor/variants/variant-text';
import { campaign } from '../renderer/fixtures';

describe('editing variants', () => {
  it('adds empty variants or copies, up to five, and resets custom shares to equal ones', () => {
    let c = campaign({ split: { kind: 'custom', percents: [100] } });
    const copied = addVariant(c, 0);
    expect(copied?.variants).toEqual([
      { name: '', template: 'Hi {first_name}' },
      { name: '', template: 'Hi {first_name}' },
    ]);
    expect(copied?.split).toEqual({ kind: 'custom', percents: [50, 50] });
    for (let i = 0; i < 4; i++) c = { ...c, ...addVariant(c) };
    expect(c.variants).toHaveLength(5);
    expect(addVariant(c)).toBeNull();
    const fewer = removeVariant(c, 1);
    expect(fewer?.variants).toHaveLength(4);
    expect(fewer?.split).toEqual({ kind: 'custom', percents: [25, 25, 25, 25] });
    expect(removeVariant(campaign(), 0)).toBeNull();
  });

  it('equal shares always add up to 100', () => {
    for (let n = 1; n <= 5; n++) expect(equalPercents(n).reduce((a, b) => a + b, 0)).toBe(100);
    expect(equalPercents(3)).toEqual([34, 33, 33]);
  });

  it('changes one variant and describes the split', () => {
    const c = { ...campaign(), ...addVariant(campaign()) };
    expect(changeVariant(c, 1, { name: 'B!' }).variants[1]).toEqual({ name: 'B!', template: '' });
    expect(describeVariants(campaign())).toBe('One message');
    expect(describeVariants({ ...c, split: { kind: 'test', testPercent: 20 } })).toBe(
      '2 variants: test on 20 %, then the winner',
    );
  });

  it('counts the text as sent: footer added, links tagged', () => {
    const c = campaign({
      name: 'May',
      variants: [{ name: '', template: 'See https://a.example' }],
      optOutFooter: 'STOP to end',
      utm: { ...defaultUtm, enabled: true },
    });
    expect(composedText(c, 0).text).toBe(
      'See https://a.example/?utm_source=sms&utm_medium=sms&utm_campaign=may&utm_content=a\nSTOP to end',
    );
  });
});
