import { Metadata, type PhoneNumber } from 'libphonenumber-js/max';

/**
 * `PhoneNumber#isValid()` with the validation regexps compiled once per numbering plan.
 *
 * libphonenumber-js builds a new RegExp for every pattern on every call (`matchesEntirely`);
 * on a million-row import that was the largest single cost of phone handling. This follows
 * the library's own `isValid` (national-number pattern, then any type pattern whose possible
 * lengths allow the number) using its Metadata accessors, which exist at runtime but are not in
 * its type declarations; if they ever go missing, it falls back to `isValid()`. A unit test
 * checks it agrees with `isValid()` across every country's numbers.
 */
export function isValidPhoneNumber(number: PhoneNumber): boolean {
  const key = number.country ?? number.countryCallingCode;
  let plan = plans.get(key);
  if (plan === undefined) {
    plan = compilePlan(key);
    plans.set(key, plan);
  }
  if (plan === null) return number.isValid();
  const national = number.nationalNumber;
  if (!plan.national.test(national)) return false;
  if (plan.types === null) return true;
  for (const type of plan.types) {
    if (type.lengths && !type.lengths.includes(national.length)) continue;
    if (type.pattern.test(national)) return true;
  }
  return false;
}

/** The runtime shape of libphonenumber-js's Metadata that the check relies on. */
interface MetadataInternals {
  selectNumberingPlan(countryOrCallingCode: string): void;
  hasTypes(): boolean;
  nationalNumberPattern(): string;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

interface CompiledPlan {
  readonly national: RegExp;
  /** Null when the plan has no per-type patterns: the national pattern decides alone. */
  readonly types: { lengths: number[] | undefined; pattern: RegExp }[] | null;
}

// FIXED_LINE first, then the library's NON_FIXED_LINE_PHONE_TYPES; any match means valid.
const TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

const plans = new Map<string, CompiledPlan | null>();

function anchored(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}

function compilePlan(key: string): CompiledPlan | null {
  try {
    // The constructor and accessors are untyped internals (see above); any surprise → null.
    const metadata = new Metadata() as unknown as MetadataInternals;
    if (
      typeof metadata.nationalNumberPattern !== 'function' ||
      typeof metadata.type !== 'function'
    ) {
      return null;
    }
    metadata.selectNumberingPlan(key);
    const national = anchored(metadata.nationalNumberPattern() ?? '');
    if (!metadata.hasTypes()) return { national, types: null };
    const types: { lengths: number[] | undefined; pattern: RegExp }[] = [];
    for (const name of TYPES) {
      const type = metadata.type(name);
      const pattern = type?.pattern();
      if (!type || !pattern) continue;
      types.push({ lengths: type.possibleLengths(), pattern: anchored(pattern) });
    }
    return { national, types };
  } catch {
    return null;
  }
}
