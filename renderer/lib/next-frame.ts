type FrameRequest = (callback: () => void) => unknown;

/**
 * Runs `callback` before the next paint: a burst of pushed events becomes one update, and a
 * hidden window (which gets no frames) catches up when it is shown. Where there are no frames
 * (unit tests in Node) it runs on the next turn instead.
 */
export function nextFrame(callback: () => void): void {
  const request = (globalThis as { requestAnimationFrame?: FrameRequest }).requestAnimationFrame;
  if (request) request(callback);
  else setTimeout(callback, 0);
}
