import { spawn } from 'node:child_process';

/**
 * `peaksend check-csv <file> --json` as a user runs it (its own process, through tsx), timed,
 * with its peak RSS as GNU time reports it (the whole process: Node, tsx and the pipeline).
 */
export async function checkCsvRun(file: string): Promise<{ seconds: number; peakRssMb: number }> {
  const t0 = performance.now();
  const child = spawn(
    '/usr/bin/time',
    [
      '-f',
      'MAXRSS %M',
      process.execPath,
      'bin/peaksend.mjs',
      'check-csv',
      file,
      '--country',
      'DE',
      '--json',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const seconds = (performance.now() - t0) / 1000;
  const kib = /MAXRSS (\d+)/.exec(err)?.[1];
  // check-csv exits 1 when some rows are invalid (the bench file has 2 % invalid): not a failure.
  if (!kib || (code !== 0 && code !== 1)) throw new Error(`check-csv failed (${code}): ${err}`);
  return { seconds, peakRssMb: Math.round(Number(kib) / 1024) };
}
