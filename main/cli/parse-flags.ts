import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-command';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Strict flag parsing shared by every subcommand: an unknown flag or a missing value becomes a
 * one-line UsageError (exit 2) instead of Node's multi-line TypeError.
 */
export function parseFlags<O extends Options>(
  args: readonly string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(message ?? 'invalid arguments');
  }
}

/** Parses a positive integer flag value, or throws a UsageError naming the flag. */
export function intFlag(
  value: string | undefined,
  flag: string,
  min = 1,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${flag} must be a whole number from ${min} to ${max} (got "${value}")`);
  }
  return n;
}
