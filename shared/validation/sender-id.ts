import { z } from 'zod';

export const MAX_ALPHANUMERIC_SENDER = 11;
export const MAX_NUMERIC_SENDER = 15;

/**
 * Checks a sender ID against the industry format CommPeak follows: either a name of up to
 * 11 letters (A–Z, a–z), digits and spaces with at least one letter, or a number of up to 15
 * digits with an optional leading "+". Returns null when valid, else the reason in plain words.
 */
export function validateSenderId(senderId: string): string | null {
  if (senderId.trim() === '') return 'Enter a sender ID.';
  if (/^\+?\d+$/.test(senderId)) {
    const digits = senderId.replace('+', '').length;
    return digits <= MAX_NUMERIC_SENDER
      ? null
      : `A numeric sender ID can have at most ${MAX_NUMERIC_SENDER} digits; this one has ${digits}.`;
  }
  if (senderId !== senderId.trim()) return 'A sender ID cannot start or end with a space.';
  const invalid = [...new Set(senderId.replace(/[A-Za-z0-9 ]/g, ''))];
  if (invalid.length > 0) {
    const listed = invalid.map((c) => `"${c}"`).join(', ');
    return `A sender name can only use the letters A–Z, digits and spaces; remove ${listed}.`;
  }
  if (!/[A-Za-z]/.test(senderId)) {
    return 'A sender name needs at least one letter, or use only digits for a phone number.';
  }
  if (senderId.length > MAX_ALPHANUMERIC_SENDER) {
    return `A sender name can be at most ${MAX_ALPHANUMERIC_SENDER} characters; this one has ${senderId.length}.`;
  }
  return null;
}

export const senderIdSchema = z.string().superRefine((value, ctx) => {
  const problem = validateSenderId(value);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});
