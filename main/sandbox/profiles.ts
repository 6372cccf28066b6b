import type { Behaviour, ProfileName, SandboxConfig } from './sandbox-config';

const base: Behaviour = {
  latencyMs: [5, 5],
  batchCap: 100,
  statusCap: 100,
  partsPerSecond: null,
  burstParts: null,
  floodRequestsPerSecond: null,
  retryAfterSeconds: 1,
  balance: null,
  pricePerPart: 0.01,
  delivery: { delayMs: [100, 500], weights: { delivered: 1 }, noRoutePrefixes: [] },
  faults: {},
};

/**
 * The named behaviours. `down` and `auth` are mostly handled by the server (no listener; 403 to
 * everything); their behaviour here only matters for what they share with `clean`.
 */
export const profiles: Record<ProfileName, Behaviour> = {
  clean: base,
  realistic: {
    ...base,
    latencyMs: [20, 80],
    partsPerSecond: 100,
    delivery: {
      delayMs: [1000, 5000],
      weights: {
        delivered: 0.965,
        undelivered: 0.02,
        no_routes: 0.01,
        sent_failed: 0.003,
        rejected: 0.002,
      },
      noRoutePrefixes: [],
    },
    faults: { status503Before: 0.002 },
  },
  flaky: {
    ...base,
    latencyMs: [10, 200],
    partsPerSecond: 200,
    delivery: {
      delayMs: [500, 3000],
      weights: { delivered: 0.9, undelivered: 0.05, sent_failed: 0.03, rejected: 0.02 },
      noRoutePrefixes: [],
    },
    faults: {
      status500Before: 0.02,
      status502Before: 0.01,
      status503Before: 0.03,
      status504Before: 0.01,
      status500After: 0.02,
      status502After: 0.02,
      status504After: 0.02,
      hangAfter: 0.02,
      resetBefore: 0.02,
      resetAfter: 0.02,
      malformed: 0.01,
      rateLimitBurst: 0.05,
    },
  },
  down: base,
  auth: base,
};

/** Profile values, then the config's own values on top (faults and weights replace, not merge). */
export function resolveBehaviour(config: SandboxConfig, profile: ProfileName): Behaviour {
  const preset = profiles[profile];
  const pick = <K extends keyof Behaviour>(key: K): Behaviour[K] =>
    (config[key] as Behaviour[K] | undefined) ?? preset[key];
  return {
    latencyMs: pick('latencyMs'),
    batchCap: pick('batchCap'),
    statusCap: pick('statusCap'),
    partsPerSecond:
      config.partsPerSecond === undefined ? preset.partsPerSecond : config.partsPerSecond,
    burstParts: config.burstParts === undefined ? preset.burstParts : config.burstParts,
    floodRequestsPerSecond:
      config.floodRequestsPerSecond === undefined
        ? preset.floodRequestsPerSecond
        : config.floodRequestsPerSecond,
    retryAfterSeconds: pick('retryAfterSeconds'),
    balance: config.balance === undefined ? preset.balance : config.balance,
    pricePerPart: pick('pricePerPart'),
    delivery: { ...preset.delivery, ...config.delivery },
    faults: pick('faults'),
  };
}
