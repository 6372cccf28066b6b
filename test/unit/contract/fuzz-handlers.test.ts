import { describe, expect, it } from 'vitest';
import { methods } from '../../../shared/contract/contract';
import { createDispatcher } from '../../../shared/contract/dispatcher';
import { appErrorSchema } from '../../../shared/contract/result';
import { createMainHandlers } from '../../../main/handlers/create-main-handlers';
import { testPorts } from '../../support/main-ports';

/** Deterministic PRNG so a failure reproduces. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomValue(next: () => number, depth = 0): unknown {
  const pick = Math.floor(next() * (depth > 2 ? 8 : 11));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return next() < 0.5;
    case 2:
      return Math.floor((next() - 0.5) * 1e12);
    case 3:
      return [NaN, Infinity, -0, 1e308, -1][Math.floor(next() * 5)];
    case 4:
      return 'x'.repeat(Math.floor(next() * 5000));
    case 5:
      return ['', '__proto__', 'constructor', '../../etc/passwd', '\u0000', '🙂', 'https://'][
        Math.floor(next() * 7)
      ];
    case 6:
      return String.fromCharCode(...Array.from({ length: 20 }, () => Math.floor(next() * 0xffff)));
    case 7:
      return { url: randomValue(next, depth + 1) };
    case 8:
      return Array.from({ length: Math.floor(next() * 5) }, () => randomValue(next, depth + 1));
    case 9:
      return Object.fromEntries(
        Array.from({ length: Math.floor(next() * 5) }, (_, i) => [
          `k${i}`,
          randomValue(next, depth + 1),
        ]),
      );
    default:
      return JSON.parse('{"__proto__": {"polluted": true}, "url": 5}');
  }
}

describe('fuzzing every handler through the dispatcher', () => {
  it('answers 1,000 random payloads per method with data, never a throw', async () => {
    const dispatch = createDispatcher(methods, createMainHandlers(testPorts()));
    const next = rng(20261127);
    for (const channel of Object.keys(methods)) {
      const schema = methods[channel as keyof typeof methods].input;
      for (let i = 0; i < 1000; i++) {
        const payload = randomValue(next);
        const result = await dispatch(channel, payload, { trusted: true, origin: 'fuzz' });
        expect(typeof result.ok).toBe('boolean');
        if (!schema.safeParse(payload).success) {
          expect(result.ok, `${channel} accepted ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(
            false,
          );
          if (!result.ok) {
            expect(appErrorSchema.safeParse(result.error).success).toBe(true);
            expect(result.error.code).toBe('INVALID_INPUT');
          }
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
