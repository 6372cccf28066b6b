/**
 * Calls the sandbox's `/_sandbox/<path>` introspection and switches, which need one of its
 * tokens: GET without a body, POST with one.
 */
export function sandboxControl(
  baseUrl: string,
  token: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  return fetch(`${baseUrl}/_sandbox/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: token },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
