/** What a handler decided; the server turns it into bytes (or silence, or a reset). */
export type Reply =
  | {
      readonly kind: 'json';
      readonly status: number;
      readonly body: unknown;
      readonly headers?: Readonly<Record<string, string>>;
    }
  | {
      readonly kind: 'text';
      readonly status: number;
      readonly text: string;
      readonly contentType: string;
      readonly headers?: Readonly<Record<string, string>>;
    }
  /** Never answer; the socket is destroyed when the client gives up or the server closes. */
  | { readonly kind: 'hang' }
  /** Drop the connection with a TCP reset. */
  | { readonly kind: 'reset' };

/** Starlette's redirects: 307 with an empty body and the target in `Location`. */
export function redirect(location: string): Reply {
  return {
    kind: 'text',
    status: 307,
    text: '',
    contentType: 'text/plain',
    headers: { Location: location },
  };
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers ? { kind: 'json', status, body, headers } : { kind: 'json', status, body };
}
