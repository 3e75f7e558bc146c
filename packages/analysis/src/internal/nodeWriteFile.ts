// Internal: file output for the Node-only features of this package (capture.toWav, plot `path`).
// node:fs/promises is imported when a file is first written, not when the package is imported, so
// that @rxdsp/analysis imports no Node built-in at module top level and bundles for a browser. The
// specifier is a variable so that a browser bundler does not try to resolve it.
const FS_PROMISES = 'node:fs/promises';

/** Writes `data` to `path` (Node.js only); rejects with the file system's error. */
export async function nodeWriteFile(path: string, data: string | Uint8Array): Promise<void> {
  const fs = (await import(/* @vite-ignore */ FS_PROMISES)) as typeof import('node:fs/promises');
  await fs.writeFile(path, data);
}
