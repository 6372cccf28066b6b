import { Metadata, type NumberType, type PhoneNumber } from 'libphonenumber-js/max';

/**
 * A numbering plan's patterns, compiled once: what `isValidPhoneNumber` (phone-validity.ts) and
 * `numberTypeOf` (number-type.ts) check instead of the library's own `isValid()`/`getType()`.
 *
 * libphonenumber-js builds a new RegExp from a pattern's text on every check of every call
 * (`matchesEntirely`); on a million rows that was the largest single cost of phone handling.
 * The plans are read through the library's Metadata accessors, which exist at runtime but are
 * not in its type declarations; if they ever go missing the plan is null and both callers fall
 * back to the library. Unit tests check both against the library across every country's numbers.
 */
export interface CompiledPlan {
  readonly national: RegExp;
  /** False when the plan has no per-type patterns: the national pattern decides alone. */
  readonly hasTypes: boolean;
  /** Every type with a non-empty pattern, in `TYPE_NAMES` order. */
  readonly types: ReadonlyMap<TypeName, CompiledType>;
  /**
   * The plan has no mobile type, or an empty pattern (the library removes one that duplicates
   * the fixed-line one): a fixed line may be a mobile too.
   */
  readonly mobileSameAsFixedLine: boolean;
}

export type TypeName = Exclude<NumberType, undefined | 'FIXED_LINE_OR_MOBILE'>;

export interface CompiledType {
  readonly lengths: readonly number[] | undefined;
  readonly pattern: RegExp;
}

/** FIXED_LINE, then the library's NON_FIXED_LINE_PHONE_TYPES in its order. */
export const TYPE_NAMES = [
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
] as const satisfies readonly TypeName[];

/** The plan of the number's country (or calling code); null: use the library instead. */
export function compiledPlanOf(number: PhoneNumber): CompiledPlan | null {
  const key = number.country ?? number.countryCallingCode;
  let plan = plans.get(key);
  if (plan === undefined) {
    plan = compilePlan(key);
    plans.set(key, plan);
  }
  return plan;
}

/** The type's possible lengths allow the national number, and its pattern matches it. */
export function matchesType(type: CompiledType | undefined, national: string): boolean {
  if (!type) return false;
  if (type.lengths && !type.lengths.includes(national.length)) return false;
  return type.pattern.test(national);
}

/** The runtime shape of libphonenumber-js's Metadata that the plans rely on. */
interface MetadataInternals {
  selectNumberingPlan(countryOrCallingCode: string): void;
  hasTypes(): boolean;
  nationalNumberPattern(): string;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

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
    const types = new Map<TypeName, CompiledType>();
    for (const name of TYPE_NAMES) {
      const type = metadata.type(name);
      const pattern = type?.pattern();
      if (type && pattern)
        types.set(name, { lengths: type.possibleLengths(), pattern: anchored(pattern) });
    }
    const mobile = metadata.type('MOBILE');
    return {
      national: anchored(metadata.nationalNumberPattern() ?? ''),
      hasTypes: metadata.hasTypes(),
      types,
      mobileSameAsFixedLine: !mobile || mobile.pattern() === '',
    };
  } catch {
    return null;
  }
}
