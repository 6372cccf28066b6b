/**
 * V8 flags for the engine process. Imports churn through short-lived strings (cells, rows,
 * decoded text); with V8's default young generation (up to 3 × 16 MB semi-spaces, grown on
 * demand) that garbage inflates the resident size. Measured on a million-row import here
 * (bench/run.ts): CSV 499 → 360 MB peak RSS and .xlsx 594 → 426 MB, both a little faster.
 * The old generation is not capped: a million-row campaign needs it.
 *
 * Electron's utilityProcess.fork documents `execArgv`; that the flag takes effect there is not
 * verified (Electron cannot run on the machine this was measured on).
 */
export const ENGINE_V8_FLAGS: readonly string[] = ['--max-semi-space-size=4'];
