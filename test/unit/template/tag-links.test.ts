import { describe, expect, it } from 'vitest';
import { defaultUtm } from '../../../shared/campaigns/message-variants';
import { countParts } from '../../../shared/sms/segment-count';
import { tagLinks, type LinkParams } from '../../../shared/template/tag-links';
import { slugify, utmParams } from '../../../shared/template/utm-params';

const P: LinkParams = [
  ['utm_source', 'sms'],
  ['utm_medium', 'sms'],
  ['utm_campaign', 'spring-sale'],
  ['utm_content', 'b'],
];
const Q = 'utm_source=sms&utm_medium=sms&utm_campaign=spring-sale&utm_content=b';
const tag = (text: string) => tagLinks(text, P).text;

describe('tagging the links of a message', () => {
  it.each([
    ['https://shop.com/sale', `https://shop.com/sale?${Q}`],
    ['https://shop.com', `https://shop.com/?${Q}`],
    ['http://shop.com/a/b.html', `http://shop.com/a/b.html?${Q}`],
    ['HTTPS://Shop.com/Sale', `HTTPS://Shop.com/Sale?${Q}`],
    ['https://shop.com/sale?ref=x', `https://shop.com/sale?ref=x&${Q}`],
    ['https://shop.com/sale?a=&', `https://shop.com/sale?a=&${Q}`],
    ['https://shop.com/sale#size', `https://shop.com/sale?${Q}#size`],
    ['https://shop.com/?a=1#x?y', `https://shop.com/?a=1&${Q}#x?y`],
    ['https://shop.com:8443/x', `https://shop.com:8443/x?${Q}`],
    ['https://пример.рф/скидка', `https://пример.рф/скидка?${Q}`],
  ])('%s', (link, tagged) => {
    expect(tag(link)).toBe(tagged);
    expect(tag(`See ${link} today`)).toBe(`See ${tagged} today`);
  });

  it('leaves punctuation after a link outside it', () => {
    expect(tag('Go to https://shop.com/sale.')).toBe(`Go to https://shop.com/sale?${Q}.`);
    expect(tag('Seen https://shop.com/sale?')).toBe(`Seen https://shop.com/sale?${Q}?`);
    expect(tag('Sale (https://shop.com/sale)!')).toBe(`Sale (https://shop.com/sale?${Q})!`);
    expect(tag('"https://shop.com/x", then')).toBe(`"https://shop.com/x?${Q}", then`);
    expect(tag('https://en.wikipedia.org/wiki/Tea_(drink)')).toBe(
      `https://en.wikipedia.org/wiki/Tea_(drink)?${Q}`,
    );
  });

  it('keeps the link’s own UTM values and adds the missing ones', () => {
    expect(tag('https://shop.com/?utm_source=newsletter&x=1')).toBe(
      'https://shop.com/?utm_source=newsletter&x=1&utm_medium=sms&utm_campaign=spring-sale&utm_content=b',
    );
  });

  it('never touches text that is not a link', () => {
    const text = 'Visit shop.com or www.shop.com, mail me@shop.com, xhttps://nope, {first_name}';
    expect(tagLinks(text, P)).toEqual({ text, tagged: 0, shorteners: [] });
    expect(tag('http:// alone')).toBe('http:// alone');
  });

  it('tags every link and counts them', () => {
    const r = tagLinks('A https://a.com/1 and B https://b.com/2', P);
    expect(r.tagged).toBe(2);
    expect(r.text).toBe(`A https://a.com/1?${Q} and B https://b.com/2?${Q}`);
  });

  it('leaves shortener links alone and names them', () => {
    const r = tagLinks(
      'Sale https://bit.ly/abc and https://www.tinyurl.com/x, https://shop.com',
      P,
    );
    expect(r.text).toBe(
      `Sale https://bit.ly/abc and https://www.tinyurl.com/x, https://shop.com/?${Q}`,
    );
    expect(r.shorteners).toEqual(['bit.ly', 'tinyurl.com']);
    expect(r.tagged).toBe(1);
  });

  it('encodes values and skips empty ones', () => {
    expect(
      tagLinks('https://a.com', [
        ['utm_source', 'my sms & co'],
        ['utm_medium', ''],
      ]).text,
    ).toBe('https://a.com/?utm_source=my%20sms%20%26%20co');
  });

  it('changes the parts: a tagged link is longer', () => {
    const text = `${'x'.repeat(130)} https://shop.com/sale`;
    expect(countParts(text)).toBe(1);
    expect(countParts(tag(text))).toBe(2);
  });
});

describe('UTM parameters of a variant', () => {
  const variants = [
    { name: '', template: 'a' },
    { name: 'Short & sweet', template: 'b' },
  ];
  it('default values, the campaign’s name as a slug, the variant’s name or letter', () => {
    const on = { ...defaultUtm, enabled: true };
    const ctx = { campaignName: 'Spring Sale — Été 2025!', variants };
    expect(utmParams(on, { ...ctx, variantIndex: 0 })).toEqual([
      ['utm_source', 'sms'],
      ['utm_medium', 'sms'],
      ['utm_campaign', 'spring-sale-ete-2025'],
      ['utm_content', 'a'],
    ]);
    expect(utmParams(on, { ...ctx, variantIndex: 1 })[3]).toEqual(['utm_content', 'short-sweet']);
    expect(
      utmParams({ ...on, campaign: 'may', content: 'x-{variant}' }, { ...ctx, variantIndex: 1 }),
    ).toEqual([
      ['utm_source', 'sms'],
      ['utm_medium', 'sms'],
      ['utm_campaign', 'may'],
      ['utm_content', 'x-short-sweet'],
    ]);
    expect(utmParams(defaultUtm, { ...ctx, variantIndex: 0 })).toEqual([]);
  });

  it('slugs', () => {
    expect(slugify('  Black FRIDAY!! ')).toBe('black-friday');
    expect(slugify('Ünïcödé straße')).toBe('unicode-straße');
    expect(slugify('---')).toBe('');
  });
});
