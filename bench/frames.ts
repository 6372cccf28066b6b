import type { Page } from '@playwright/test';

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
