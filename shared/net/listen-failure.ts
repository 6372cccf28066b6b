/**
 * One plain line for a server that could not start listening (the preview host, `peaksend
 * sandbox`), or null when the error is something else. A user who runs `npm run web` twice
 * should read what to do, not an EADDRINUSE stack.
 */
export function listenFailureLine(error: unknown, port: number): string | null {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'EADDRINUSE')
    return `Port ${port} is in use; pass --port N or stop the other program.`;
  if (code === 'EACCES') {
    return `Port ${port} cannot be opened by this user; pass --port N with a number from 1024 up.`;
  }
  return null;
}
