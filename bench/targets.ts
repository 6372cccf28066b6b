// What each figure of bench/results.json is, its target and its floor: the one place the table
// (printed by `npm run bench`, and in README.md) takes its words and its "met?" from.

export interface FigureSpec {
  readonly label: string;
  readonly unit: string;
  /** The figure measured in the same run that this one is compared with. */
  readonly floor?: string;
  /** What is compared with the target: the figure itself, or figure ÷ floor. */
  readonly judge: 'value' | 'ratio';
  readonly target: { readonly op: '<=' | '>='; readonly value: number } | null;
}

/** In table order. A figure missing from the results (not measured yet) shows as "—". */
export const FIGURES: Readonly<Record<string, FigureSpec>> = {
  import_seconds: {
    label: 'Import 1M rows (CSV), vs papaparse alone',
    unit: 's',
    floor: 'import_papaparse_seconds',
    judge: 'ratio',
    target: { op: '<=', value: 4 },
  },
  import_rows_per_s: {
    label: 'Import 1M rows (CSV), rows/s',
    unit: 'rows/s',
    judge: 'value',
    target: { op: '>=', value: 100_000 },
  },
  import_peak_rss_mb: {
    label: 'Import 1M rows (CSV), engine peak',
    unit: 'MB',
    judge: 'value',
    target: { op: '<=', value: 250 },
  },
  import_2m_seconds: { label: 'Import 2M rows (CSV)', unit: 's', judge: 'value', target: null },
  import_2m_peak_rss_mb: {
    label: 'Import 2M rows (CSV), engine peak (flat with size)',
    unit: 'MB',
    judge: 'value',
    target: { op: '<=', value: 250 },
  },
  import_xlsx_seconds: { label: 'Import 1M rows (.xlsx)', unit: 's', judge: 'value', target: null },
  import_xlsx_peak_rss_mb: {
    label: 'Import 1M rows (.xlsx), engine peak',
    unit: 'MB',
    judge: 'value',
    target: { op: '<=', value: 250 },
  },
  check_csv_seconds: { label: '`check-csv` 1M rows', unit: 's', judge: 'value', target: null },
  check_csv_peak_rss_mb: {
    label: '`check-csv` 1M rows, peak (the whole CLI process)',
    unit: 'MB',
    judge: 'value',
    target: { op: '<=', value: 150 },
  },
  preflight_1m_s: {
    label: 'Pre-flight of the 1M list, vs rendering alone',
    unit: 's',
    floor: 'preflight_render_seconds',
    judge: 'value',
    target: { op: '<=', value: 5 },
  },
  preflight_peak_rss_mb: {
    label: 'Pre-flight, engine peak',
    unit: 'MB',
    judge: 'value',
    target: null,
  },
  send_msgs_per_s: {
    label: 'Send 100k to a 0 ms sandbox, vs a bare fetch loop',
    unit: 'msg/s',
    floor: 'send_floor_msgs_per_s',
    judge: 'ratio',
    target: { op: '>=', value: 0.7 },
  },
  send_durable_msgs_per_s: {
    label: 'Send 100k, vs fetch + one fsync per batch (the same durability)',
    unit: 'msg/s',
    floor: 'send_fsync_floor_msgs_per_s',
    judge: 'ratio',
    target: { op: '>=', value: 0.7 },
  },
  send_engine_cpu_s: {
    label: 'Send 100k, the engine process CPU time',
    unit: 's',
    judge: 'value',
    target: null,
  },
  send_peak_rss_mb: { label: 'Send, engine peak', unit: 'MB', judge: 'value', target: null },
  rate_error_pct: {
    label: 'Rate accuracy at 50 parts/s (error)',
    unit: '%',
    judge: 'value',
    target: { op: '<=', value: 3 },
  },
  main_max_stall_ms: {
    label: 'Longest main-side stall (import, send)',
    unit: 'ms',
    judge: 'value',
    target: { op: '<=', value: 50 },
  },
  renderer_scroll_work_p95_ms: {
    label: 'Renderer main-thread work per frame, 1M-row scroll, p95',
    unit: 'ms',
    judge: 'value',
    target: { op: '<=', value: 8 },
  },
  renderer_scroll_work_max_ms: {
    label: 'Renderer main-thread work per frame, 1M-row scroll, longest',
    unit: 'ms',
    judge: 'value',
    target: { op: '<=', value: 50 },
  },
  renderer_progress_work_p95_ms: {
    label: 'Renderer main-thread work per frame, live send progress, p95',
    unit: 'ms',
    judge: 'value',
    target: { op: '<=', value: 8 },
  },
  renderer_progress_work_max_ms: {
    label: 'Renderer main-thread work per frame, live send progress, longest',
    unit: 'ms',
    judge: 'value',
    target: { op: '<=', value: 50 },
  },
  renderer_scroll_cpu_p95_ms: {
    label: 'Renderer work per frame in CPU time (less inflated by a busy machine), scroll, p95',
    unit: 'ms',
    judge: 'value',
    target: null,
  },
  renderer_scroll_cpu_max_ms: {
    label: 'Renderer work per frame in CPU time, scroll, longest',
    unit: 'ms',
    judge: 'value',
    target: null,
  },
  renderer_progress_cpu_p95_ms: {
    label: 'Renderer work per frame in CPU time, live send progress, p95',
    unit: 'ms',
    judge: 'value',
    target: null,
  },
  renderer_progress_cpu_max_ms: {
    label: 'Renderer work per frame in CPU time, live send progress, longest',
    unit: 'ms',
    judge: 'value',
    target: null,
  },
  renderer_p95_frame_ms: {
    label: 'Renderer frame interval p95 (rAF, capped by the 60 Hz clock)',
    unit: 'ms',
    judge: 'value',
    target: { op: '<=', value: 20 },
  },
  wide_file_preview_5000_columns_ms: {
    label: 'Import preview of a 5,000-column file, from the file chosen',
    unit: 'ms',
    judge: 'value',
    target: null,
  },
  mapping_5000_columns_ms: {
    label: 'Import mapping step shown for a 5,000-column file, from "Next"',
    unit: 'ms',
    judge: 'value',
    target: { op: '<=', value: 1000 },
  },
  startup_ms: {
    label: 'Start-up to the Campaigns page (50 campaigns, 1M ledger rows)',
    unit: 'ms',
    judge: 'value',
    target: { op: '<=', value: 1000 },
  },
};
