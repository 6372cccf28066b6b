/**
 * A question only the user can answer, asked outside the page: a native dialog on the main
 * window in the app, the host's own terminal in the browser preview. A script in the renderer
 * can call the API but cannot answer this, so main can say no to it.
 */
export interface ConfirmRequest {
  readonly title: string;
  /** The question itself, naming what is at stake ("Show the token of 'Production'?"). */
  readonly message: string;
  readonly detail: string;
  /** The button that says yes ("Show token"); the other one always cancels. */
  readonly confirmLabel: string;
}

/** Resolves true only when the user said yes; any doubt (no terminal, closed dialog) is no. */
export type ConfirmPort = (request: ConfirmRequest) => Promise<boolean>;
