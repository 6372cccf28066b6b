/** The engine's data folder: PEAKSEND_DATA_DIR wins over whatever the host passes in. */
export function resolveDataDir(
  fallback: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const dir = env.PEAKSEND_DATA_DIR || fallback;
  if (!dir) throw new Error('No data folder: set PEAKSEND_DATA_DIR or pass one');
  return dir;
}
