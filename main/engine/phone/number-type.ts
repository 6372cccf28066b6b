import { Metadata, type NumberType, type PhoneNumber } from 'libphonenumber-js/max';

/**
 * `PhoneNumber#getType()` with every pattern compiled once per numbering plan.
 *
 * libphonenumber-js builds a new RegExp from the plan's pattern text for every check of every
 * call (`matchesEntirely`); deciding each recipient's zone when a campaign starts spent most of
 * its ≈11 µs per number there. This follows the library's own `getNumberType` step by step
 * (national-number pattern; fixed line, and whether the plan's mobile pattern is the same; then
 * the other types in the library's order, each only when its possible lengths allow the
 * number) through its Metadata accessors, which exist at runtime but are not in its type
 * declarations; if they ever go missing, it falls back to `getType()`. A unit test checks it
 * agrees with `getType()` across every country's numbers.
 */
export function numberTypeOf(number: PhoneNumber): NumberType {
  const key = number.country ?? number.countryCallingCode;
  let plan = plans.get(key);
  if (plan === undefined) {
    plan = compilePlan(key);
    plans.set(key, plan);
  }
  if (plan === null) return number.getType();
  const national = number.nationalNumber;
  if (!plan.national.test(national)) return undefined;
  if (plan.fixedLine && matches(plan.fixedLine, national)) {
    if (plan.mobile === 'same') return 'FIXED_LINE_OR_MOBILE';
    return plan.mobile && matches(plan.mobile, national) ? 'FIXED_LINE_OR_MOBILE' : 'FIXED_LINE';
  }
  for (const type of plan.others) if (matches(type, national)) return type.name;
  return undefined;
}

/** The runtime shape of libphonenumber-js's Metadata that this relies on. */
interface MetadataInternals {
  selectNumberingPlan(countryOrCallingCode: string): void;
  nationalNumberPattern(): string;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

interface CompiledType {
  readonly name: Exclude<NumberType, undefined>;
  readonly lengths: readonly number[] | undefined;
  readonly pattern: RegExp;
}

interface CompiledPlan {
  readonly national: RegExp;
  /** Null when the plan has no fixed-line pattern (or an empty one): never FIXED_LINE. */
  readonly fixedLine: CompiledType | null;
  /**
   * 'same': the plan has no mobile type, or an empty pattern (removed as a duplicate of the
   * fixed-line one): a fixed line is FIXED_LINE_OR_MOBILE. Null: a mobile type without a
   * pattern, which never matches.
   */
  readonly mobile: CompiledType | 'same' | null;
  /** MOBILE and the rest, in the library's order, with a non-empty pattern. */
  readonly others: readonly CompiledType[];
}

// The library's NON_FIXED_LINE_PHONE_TYPES, in its order (the first that matches wins).
const OTHER_TYPES = [
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

function matches(type: CompiledType, national: string): boolean {
  if (type.lengths && !type.lengths.includes(national.length)) return false;
  return type.pattern.test(national);
}

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
    const compile = (name: CompiledType['name']): CompiledType | null => {
      const type = metadata.type(name);
      const pattern = type?.pattern();
      if (!type || !pattern) return null;
      return { name, lengths: type.possibleLengths(), pattern: anchored(pattern) };
    };
    const mobileType = metadata.type('MOBILE');
    const mobile = !mobileType || mobileType.pattern() === '' ? 'same' : compile('MOBILE');
    const others: CompiledType[] = [];
    for (const name of OTHER_TYPES) {
      const type = compile(name);
      if (type) others.push(type);
    }
    return {
      national: anchored(metadata.nationalNumberPattern() ?? ''),
      fixedLine: compile('FIXED_LINE'),
      mobile,
      others,
    };
  } catch {
    return null;
  }
}
