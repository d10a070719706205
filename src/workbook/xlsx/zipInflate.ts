/**
 * Inflates one zip entry as a stream, chunk by chunk, stopping as soon as it produces more bytes
 * than its directory entry declares. A zip bomb that lies about its sizes in the directory is
 * caught here, before the workbook reader inflates the same entry in one piece.
 *
 * Uses the web `DecompressionStream` ("deflate-raw"), present in browsers and in Node 20, so the
 * same check runs in the CLI and in the task pane.
 */
import { UnreadableWorkbookError } from "./errors";
import type { ZipEntry } from "./zipDirectory";
import { entryDataStart } from "./zipDirectory";

/** Receives the inflated bytes of an entry in order. */
export type ChunkSink = (chunk: Uint8Array) => void;

/** True when this runtime can inflate entries for the check. */
export function canInflate(): boolean {
  return typeof DecompressionStream === "function" && typeof Blob === "function";
}

function damaged(entry: ZipEntry, detail: string): UnreadableWorkbookError {
  return new UnreadableWorkbookError(`The file is damaged: zip entry ${entry.name} ${detail}`, "corrupt");
}

/**
 * Inflates `entry` of the archive `bytes`, handing each chunk to `sink`. Throws when the entry
 * inflates beyond its declared size, when its data is not valid deflate, or when it is cut off.
 * Returns the number of bytes produced.
 */
export async function inflateEntry(bytes: Uint8Array, entry: ZipEntry, sink: ChunkSink): Promise<number> {
  const start = entryDataStart(bytes, entry);
  const end = start + entry.compressedSize;
  if (!(end <= bytes.byteLength)) {
    throw new UnreadableWorkbookError(`The file is cut off or damaged: zip entry ${entry.name} runs past the end of the file`, "truncated");
  }
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw damaged(entry, "declares two different sizes");
    sink(data);
    return data.byteLength;
  }
  const reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  let produced = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      produced += value.byteLength;
      if (produced > entry.uncompressedSize) {
        throw new UnreadableWorkbookError(
          `The file is refused: zip entry ${entry.name} inflates beyond the size it declares, as zip bombs do`,
          "zipBomb",
        );
      }
      sink(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    if (error instanceof UnreadableWorkbookError) throw error;
    throw damaged(entry, "is not valid compressed data");
  }
  if (produced !== entry.uncompressedSize) throw damaged(entry, "is shorter than it declares");
  return produced;
}
