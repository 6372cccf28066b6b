import { describe, expect, it } from 'vitest';
import { senderIdSchema, validateSenderId } from '../../../shared/validation/sender-id';

describe('validateSenderId', () => {
  it.each([
    'Peaksend',
    'My Shop 24',
    'ABCDEFGHIJK',
    'a1',
    '+4915112345678',
    '123456789012345',
    '+123456789012345',
    '2000',
  ])('accepts %j', (id) => {
    expect(validateSenderId(id)).toBeNull();
  });

  it.each([
    ['', 'Enter a sender ID.'],
    ['   ', 'Enter a sender ID.'],
    ['MyCompanyLtd', 'A sender name can be at most 11 characters; this one has 12.'],
    ['1234567890123456', 'A numeric sender ID can have at most 15 digits; this one has 16.'],
    ['+1234567890123456', 'A numeric sender ID can have at most 15 digits; this one has 16.'],
    ['Shop&Co.', 'A sender name can only use the letters A–Z, digits and spaces; remove "&", ".".'],
    ['Café', 'A sender name can only use the letters A–Z, digits and spaces; remove "é".'],
    ['12 34', 'A sender name needs at least one letter, or use only digits for a phone number.'],
    [' Shop', 'A sender ID cannot start or end with a space.'],
    ['Shop ', 'A sender ID cannot start or end with a space.'],
  ])('rejects %j', (id, reason) => {
    expect(validateSenderId(id)).toBe(reason);
  });

  it('has a zod schema with the same messages', () => {
    expect(senderIdSchema.safeParse('Peaksend').success).toBe(true);
    const result = senderIdSchema.safeParse('Shop&Co');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'A sender name can only use the letters A–Z, digits and spaces; remove "&".',
    );
    expect(senderIdSchema.safeParse(42).success).toBe(false);
  });
});
