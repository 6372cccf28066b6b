/**
 * The system clipboard: Electron's (asynchronous since Electron 45) in the app, an in-memory one
 * in the preview.
 */
export interface ClipboardPort {
  writeText(text: string): Promise<void>;
  readText(): Promise<string>;
}

/** An in-memory clipboard: the preview host exposes it to tests. */
export function memoryClipboard(): ClipboardPort & { current(): string } {
  let text = '';
  return {
    writeText: async (t) => {
      text = t;
    },
    readText: async () => text,
    current: () => text,
  };
}
