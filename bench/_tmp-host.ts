import { spawn } from 'node:child_process';
for (let i = 0; i < 2; i++) {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--cpu-prof',
      '--cpu-prof-dir=/tmp/w16b-prof3',
      'dist/preview/host.mjs',
      '--port',
      '0',
      '--data-dir',
      '/tmp/w16b-startup-data',
    ],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      if (/READY/.test(d.toString())) resolve();
    });
  });
  console.log('ready', (performance.now() - t0).toFixed(0));
  await new Promise((r) => setTimeout(r, 300));
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await new Promise((r) => setTimeout(r, 1000));
}
