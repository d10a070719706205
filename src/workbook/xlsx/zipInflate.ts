/**
 * Inflates one zip entry as a stream, chunk by chunk, stopping as soon as it produces more bytes
 * than its directory entry declares. A zip bomb that lies about its sizes in the directory is
 * caught here, before the workbook reader inflates the same entry in one piece.
 *
 * In Node it inflates through Node's own zlib streams, in chunks of `NODE_CHUNK_BYTES`; elsewhere
 * (the task pane, browser mode's worker) through the web `DecompressionStream` ("deflate-raw"),
 * so the same check runs in every host. The web stream in Node hands over 16 KB chunks through
 * several promises each: on the SPEC-size plan's sheets (280 MB inflated) it took 630-800 ms,
 * where Node's stream with 256 KB chunks took 170-200 ms (docs/file-performance.md).
 */
import { UnreadableWorkbookError } from "./errors";
import { nodeZlib } from "./nodeZlib";
import type { ZipEntry } from "./zipDirectory";
import { entryDataStart } from "./zipDirectory";

/** Receives the inflated bytes of an entry in order. */
export type ChunkSink = (chunk: Uint8Array) => void;

/** The size of the chunks Node's zlib hands over: fewer, larger chunks cost less per byte in every step after it. */
const NODE_CHUNK_BYTES = 256 * 1024;

/**
 * The largest piece handed to a sink. Every reader decodes what it receives into a string, and
 * V8 puts a string of 128 KB or more in its large-object space, in memory mapped afresh for it:
 * on this project's machines a page fault per 4 KB. Decoding 100 MB of sheet XML took 370-560 ms
 * in 256 KB pieces and 70-80 ms in 64 KB ones (docs/file-performance.md).
 */
export const MAX_PIECE_BYTES = 64 * 1024;

/** Hands `chunk` to `sink` in views of at most MAX_PIECE_BYTES (no bytes copied). */
function sinkInPieces(sink: ChunkSink, chunk: Uint8Array): void {
  if (chunk.byteLength <= MAX_PIECE_BYTES) return sink(chunk);
  for (let at = 0; at < chunk.byteLength; at += MAX_PIECE_BYTES) sink(chunk.subarray(at, at + MAX_PIECE_BYTES));
}

/** True when this runtime can inflate entries for the check. */
export function canInflate(): boolean {
  return nodeZlib() !== undefined || (typeof DecompressionStream === "function" && typeof Blob === "function");
}

/** The inflated chunks of raw deflate `data`, in order, and how to stop early. */
interface InflatedChunks {
  next(): Promise<IteratorResult<Uint8Array>>;
  stop(): Promise<void>;
}

function inflatedChunks(data: Uint8Array): InflatedChunks {
  const zlib = nodeZlib();
  if (zlib) {
    const stream = zlib.createInflateRaw({ chunkSize: NODE_CHUNK_BYTES });
    stream.end(data);
    const chunks = stream[Symbol.asyncIterator]();
    return { next: () => chunks.next(), stop: async () => stream.destroy() };
  }
  const reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  return {
    next: async () => {
      const { done, value } = await reader.read();
      return done ? { done: true, value: undefined } : { done: false, value };
    },
    stop: () => reader.cancel(),
  };
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
    sinkInPieces(sink, data);
    return data.byteLength;
  }
  const chunks = inflatedChunks(data);
  let produced = 0;
  try {
    for (;;) {
      const { done, value } = await chunks.next();
      if (done) break;
      produced += value.byteLength;
      if (produced > entry.uncompressedSize) {
        throw new UnreadableWorkbookError(
          `The file is refused: zip entry ${entry.name} inflates beyond the size it declares, as zip bombs do`,
          "zipBomb",
        );
      }
      sinkInPieces(sink, value);
    }
  } catch (error) {
    await chunks.stop().catch(() => undefined);
    if (error instanceof UnreadableWorkbookError) throw error;
    throw damaged(entry, "is not valid compressed data");
  }
  if (produced !== entry.uncompressedSize) throw damaged(entry, "is shorter than it declares");
  return produced;
}
