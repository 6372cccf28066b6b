// `npx tsx bench/send-profile.ts [--count 100000] [--top 30] [--keep DIR]`: one send of `count`
// messages to a 0 ms sandbox with the engine under `--cpu-prof`, then the profile's heaviest
// functions by self time and the engine's own modules by total time. A command that prints
// where the engine's main thread goes, for the send figures of issue 16 (not a timed test).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sandboxProcess } from './bench-host';
import { campaignOn } from './send-bench';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values } = parseArgs({
  options: { count: { type: 'string' }, top: { type: 'string' }, keep: { type: 'string' } },
});
const count = Number(values.count ?? 100_000);
const top = Number(values.top ?? 30);
const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'peaksend-send-prof-'));

const sandbox = await sandboxProcess();
// Only the engine child gets the flag: the host forks it with this process's environment.
const before = process.env.NODE_OPTIONS;
process.env.NODE_OPTIONS = `${before ?? ''} --cpu-prof --cpu-prof-dir=${dir}`.trim();
const c = await campaignOn(count, 100_000, sandbox.url);
if (before === undefined) delete process.env.NODE_OPTIONS;
else process.env.NODE_OPTIONS = before;
const t0 = performance.now();
const done = c.done(600_000);
await c.host.call('campaigns:start', { id: c.id });
await done;
const seconds = (performance.now() - t0) / 1000;
await c.cleanup();
await sandbox.stop();

// The engine's profile is the biggest one written (its worker threads write small ones).
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.cpuprofile'))
  .map((f) => join(dir, f))
  .sort((a, b) => statSync(b).size - statSync(a).size);
const file = files[0];
if (!file) throw new Error(`no profile in ${dir}`);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const ch of n.children ?? []) parent.set(ch, n.id);
const self = new Map<number, number>();
profile.samples.forEach((id, i) =>
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
);
const total = [...self.values()].reduce((a, b) => a + b, 0);

const label = (n: ProfileNode) => {
  const url = n.callFrame.url.replace(/^.*\/(dist|main|node_modules)\//, '$1/');
  return `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`;
};
const selfBy = new Map<string, number>();
const totalBy = new Map<string, number>();
for (const [id, us] of self) {
  const node = byId.get(id);
  if (!node) continue;
  const l = label(node);
  selfBy.set(l, (selfBy.get(l) ?? 0) + us);
  // Inclusive: each distinct function on the stack once.
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur);
    if (!n) break;
    const k = label(n);
    if (seen.has(k)) continue;
    seen.add(k);
    totalBy.set(k, (totalBy.get(k) ?? 0) + us);
  }
}
const print = (title: string, m: Map<string, number>, filter: (k: string) => boolean) => {
  process.stdout.write(`\n${title}\n`);
  const rows = [...m]
    .filter(([k]) => filter(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  for (const [k, us] of rows) {
    const pct = ((us / total) * 100).toFixed(1).padStart(5);
    process.stdout.write(`${(us / 1000).toFixed(0).padStart(7)} ms ${pct} %  ${k}\n`);
  }
};
process.stdout.write(
  `send of ${count}: ${(count / seconds).toFixed(0)} msg/s (${seconds.toFixed(2)} s); ` +
    `engine profile ${(total / 1e6).toFixed(2)} s sampled: ${file}\n`,
);
print('self time', selfBy, () => true);
print('total time (engine code)', totalBy, (k) => !k.includes('node:') && !k.startsWith('('));
if (values.keep === undefined) rmSync(dir, { recursive: true, force: true });
