import { readFile } from 'node:fs/promises';
import { sandboxConfigSchema, type SandboxConfig } from './sandbox-config';

/** `unreadable`: the file could not be read (exit 1); `invalid`: bad JSON or schema (exit 2). */
export class SandboxConfigError extends Error {
  constructor(
    readonly reason: 'unreadable' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'SandboxConfigError';
  }
}

/** Parses a config object, naming the first problem in one line. */
export function parseSandboxConfig(value: unknown, source = 'sandbox config'): SandboxConfig {
  const parsed = sandboxConfigSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new SandboxConfigError(
    'invalid',
    `${source} is not valid: ${where}${issue?.message ?? 'unknown problem'}`,
  );
}

/** Reads a JSON sandbox config (profile plus overrides, see sandboxConfigSchema). */
export async function loadSandboxConfigFile(path: string): Promise<SandboxConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    throw new SandboxConfigError('unreadable', `cannot read config file ${path} (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : 'bad JSON';
    throw new SandboxConfigError('invalid', `config file ${path} is not valid JSON: ${why}`);
  }
  return parseSandboxConfig(json, `config file ${path}`);
}
