#!/usr/bin/env node
// The `peaksend` command. It runs the TypeScript sources through tsx so that it works right
// after `npm install`, with no build step to remember.
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  process.stderr.write(
    `peaksend needs Node 24 or newer (this is ${process.version}). Run it through npm ` +
      "(npx peaksend …), which puts the project's pinned Node 24 first on PATH.\n",
  );
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
const { runCli } = await import('../main/cli/index.ts');
process.exitCode = await runCli(process.argv.slice(2));
