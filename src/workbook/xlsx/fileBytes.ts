/**
 * Reads a workbook file from disk without trusting what `stat` says: a device (`/dev/zero`),
 * a pipe or a directory is refused, and reading stops one byte past the limit however large the
 * file claims (or grows) to be. Node only; the caller hands in `fs/promises`.
 */
import { describeBytes, UnreadableWorkbookError } from "./errors";

/** The part of `fs/promises` the reader needs. */
export type FileOpener = Pick<typeof import("node:fs/promises"), "open" | "constants">;

const CHUNK = 1024 * 1024;

type FsPromises = typeof import("fs/promises");

/** Node's `fs/promises`, found at run time so browser bundles never include it. */
export function nodeFileSystem(): FsPromises {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = proc?.getBuiltinModule?.("fs/promises") as FsPromises | undefined;
  if (!fs) throw new Error("Reading and writing files needs Node.js 20.16 or later");
  return fs;
}

/** The bytes of the regular file at `path`, refused past `maxBytes` bytes actually read. */
export async function readRegularFile(fs: FileOpener, path: string, maxBytes: number): Promise<Uint8Array> {
  // Non-blocking, so a pipe with no writer is opened (and refused) instead of waited on.
  const file = await fs.open(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const info = await file.stat();
    if (!info.isFile()) {
      const kind = info.isDirectory() ? "a folder" : info.isCharacterDevice() || info.isBlockDevice() ? "a device" : info.isFIFO() ? "a pipe" : "not a regular file";
      throw new UnreadableWorkbookError(`The file is refused: it is ${kind}, not a regular file`, "notZip");
    }
    const tooLarge = () => new UnreadableWorkbookError(`The file is larger than the ${describeBytes(maxBytes)} limit`, "tooLarge");
    if (info.size > maxBytes) throw tooLarge();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      // Never more than one byte past the limit, whatever the file grows to while it is read.
      const want = Math.min(CHUNK, maxBytes + 1 - total);
      const { bytesRead, buffer } = await file.read(new Uint8Array(want), 0, want, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge();
      chunks.push(buffer.subarray(0, bytesRead));
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return bytes;
  } finally {
    await file.close();
  }
}
