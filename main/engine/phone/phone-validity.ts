import type { PhoneNumber } from 'libphonenumber-js/max';
import { compiledPlanOf, matchesType } from './compiled-plan';

/**
 * `PhoneNumber#isValid()` with the plan's patterns compiled once (compiled-plan.ts). This
 * follows the library's own `isValid`: the national-number pattern, then any type pattern whose
 * possible lengths allow the number. A unit test checks it agrees with `isValid()` across every
 * country's numbers.
 */
export function isValidPhoneNumber(number: PhoneNumber): boolean {
  const plan = compiledPlanOf(number);
  if (plan === null) return number.isValid();
  const national = number.nationalNumber;
  if (!plan.national.test(national)) return false;
  if (!plan.hasTypes) return true;
  for (const type of plan.types.values()) if (matchesType(type, national)) return true;
  return false;
}
