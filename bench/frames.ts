import type { Browser, Page } from '@playwright/test';

// Kept as source text: tsx (esbuild keepNames) would wrap a function literal with a `__name`
// helper that does not exist inside the page.
const RECORD_FRAMES = `(({ ms, drive }) => new Promise((resolve) => {
  const deltas = [];
  let target = null;
  if (drive === 'scroll-largest') {
    // The virtualized table: the largest element that can scroll.
    let best = 0;
    for (const el of Array.from(document.querySelectorAll('*'))) {
      const extra = el.scrollHeight - el.clientHeight;
      if (extra > best && /(auto|scroll)/.test(getComputedStyle(el).overflowY)) {
        best = extra;
        target = el;
      }
    }
  }
  const start = performance.now();
  let last = start;
  const tick = (now) => {
    deltas.push(now - last);
    last = now;
    if (target) target.scrollTop += 240;
    if (now - start < ms) requestAnimationFrame(tick);
    else resolve(deltas.slice(1));
  };
  requestAnimationFrame(tick);
}))`;

/**
 * Records frame times (requestAnimationFrame deltas) in the page for `ms`, scrolling the
 * largest scrollable element each frame when asked. Returns every delta in milliseconds.
 */
export async function recordFrames(
  page: Page,
  ms: number,
  drive: 'scroll-largest' | 'idle',
): Promise<number[]> {
  return page.evaluate(`${RECORD_FRAMES}(${JSON.stringify({ ms, drive })})`) as Promise<number[]>;
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time of the event: what it cost without the time the thread was not running. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

/**
 * The renderer main thread's work in each frame, from a Chromium trace taken while
 * `recordFrames` runs: the top-level tasks (`RunTask`) of the page's main thread summed between
 * consecutive animation frames (`FireAnimationFrame`, one per frame since the recorder asks for
 * every frame). Not capped by the frame clock: a 40 ms task shows as a 40 ms frame.
 */
export async function recordFrameWork(
  browser: Browser,
  page: Page,
  ms: number,
  drive: 'scroll-largest' | 'idle',
): Promise<{ deltas: number[]; work: number[]; cpu: number[] }> {
  // RunTask (every task of a thread) is in the disabled-by-default timeline category.
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  const deltas = await recordFrames(page, ms, drive);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  // The same sums in thread time: on a machine shared with other work, the wall-clock sums also
  // hold the time the renderer waited for a core; these do not.
  const cpu = workPerFrame(trace.traceEvents.map((e) => ({ ...e, dur: e.tdur ?? e.dur })));
  return { deltas, work: workPerFrame(trace.traceEvents), cpu };
}

export function workPerFrame(events: readonly TraceEvent[]): number[] {
  const frames = events.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X');
  // The main thread is the one that fires the animation frames (the page's CrRendererMain).
  const counts = new Map<string, number>();
  for (const f of frames)
    counts.set(`${f.pid}:${f.tid}`, (counts.get(`${f.pid}:${f.tid}`) ?? 0) + 1);
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) return [];
  const on = (e: TraceEvent) => `${e.pid}:${e.tid}` === main;
  const starts = frames
    .filter(on)
    .map((f) => f.ts)
    .sort((a, b) => a - b);
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && on(e))
    .sort((a, b) => a.ts - b.ts);
  const work = new Array<number>(Math.max(0, starts.length - 1)).fill(0);
  let frame = 0;
  let end = -Infinity;
  for (const task of tasks) {
    if (task.ts < end) continue; // nested in the task before
    end = task.ts + (task.dur ?? 0);
    while (frame < starts.length - 1 && task.ts >= (starts[frame + 1] as number)) frame++;
    if (task.ts < (starts[0] as number) || frame >= work.length) continue;
    work[frame] = (work[frame] ?? 0) + (task.dur ?? 0) / 1000;
  }
  return work;
}
