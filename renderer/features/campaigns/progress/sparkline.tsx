import { memo } from 'react';

const WIDTH = 240;
const HEIGHT = 48;
const BASE = HEIGHT - 2;

/**
 * A tiny line chart of recent values, newest at the right edge: with fewer values than slots
 * the line starts part-way across instead of stretching, so the time scale never jumps.
 * The SVG is one image named by `label`, which gives the figures in words.
 */
export const Sparkline = memo(function Sparkline({
  values,
  slots,
  label,
}: {
  values: readonly number[];
  slots: number;
  label: string;
}) {
  const max = Math.max(1, ...values) * 1.15;
  const step = WIDTH / Math.max(1, slots - 1);
  const xs = values.map((_, i) => WIDTH - (values.length - 1 - i) * step);
  const ys = values.map((v) => BASE - (v / max) * (HEIGHT - 6));
  const line = xs.map((x, i) => `${x.toFixed(1)},${(ys[i] ?? BASE).toFixed(1)}`).join(' ');
  const first = xs[0] ?? WIDTH;
  return (
    <svg
      className="cp-sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      <line className="cp-sparkline-base" x1="0" x2={WIDTH} y1={BASE} y2={BASE} />
      {values.length > 1 ? (
        <>
          <polygon
            className="cp-sparkline-fill"
            points={`${first.toFixed(1)},${BASE} ${line} ${WIDTH},${BASE}`}
          />
          <polyline className="cp-sparkline-line" points={line} />
        </>
      ) : null}
    </svg>
  );
});
