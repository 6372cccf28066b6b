// Type-checked only by tsconfig.web.json (renderer/, shared/, preload/preview-bridge.ts), never
// run. That code runs in a browser page, yet one library whose .d.ts says
// `/// <reference types="node" />` (as @types/papaparse does) brings Node's globals into the
// whole web program: `process.env` or `Buffer.from` then type-check and fail only at run time.
// Each name below must stay undefined there; if one becomes defined, its `@ts-expect-error` is
// unused and `npm run typecheck` fails. Find what pulls in @types/node with
// `npx tsc -p tsconfig.web.json --noEmit --explainFiles` and keep it on the engine side.

// @ts-expect-error Node's `process` must not exist in the web typecheck.
export type WebHasNoProcess = typeof process;
// @ts-expect-error Node's `Buffer` must not exist in the web typecheck.
export type WebHasNoBuffer = typeof Buffer;
// @ts-expect-error Node's `require` must not exist in the web typecheck.
export type WebHasNoRequire = typeof require;
// @ts-expect-error Node's `__dirname` must not exist in the web typecheck.
export type WebHasNoDirname = typeof __dirname;
// @ts-expect-error Node's `setImmediate` must not exist in the web typecheck.
export type WebHasNoSetImmediate = typeof setImmediate;
