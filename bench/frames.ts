import type { Page } from '@playwright/test';

/**
 * Records frame times (requestAnimationFrame deltas) in the page for `ms`, while `drive` runs
 * each frame (e.g. scrolls). Returns every delta in milliseconds.
 */
export async function recordFrames(
  page: Page,
  ms: number,
  drive: 'scroll-largest' | 'idle',
): Promise<number[]> {
  return page.evaluate(
    ({ ms, drive }) =>
      new Promise<number[]>((resolve) => {
        const deltas: number[] = [];
        let target: HTMLElement | null = null;
        if (drive === 'scroll-largest') {
          // The virtualized table: the largest element that can scroll.
          let best = 0;
          for (const el of Array.from(document.querySelectorAll<HTMLElement>('*'))) {
            const extra = el.scrollHeight - el.clientHeight;
            const style = getComputedStyle(el);
            if (extra > best && /(auto|scroll)/.test(style.overflowY)) {
              best = extra;
              target = el;
            }
          }
        }
        const start = performance.now();
        let last = start;
        const tick = (now: number) => {
          deltas.push(now - last);
          last = now;
          if (target) target.scrollTop += 240;
          if (now - start < ms) requestAnimationFrame(tick);
          else resolve(deltas.slice(1));
        };
        requestAnimationFrame(tick);
      }),
    { ms, drive },
  );
}
