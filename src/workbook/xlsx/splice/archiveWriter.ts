/**
 * Writes the spliced package's zip archive. A kept part is copied as its compressed bytes, with
 * the CRC and sizes the original's directory declares, never inflated; a written part is
 * compressed by the platform's deflater (Node's zlib, else the browser's `CompressionStream`:
 * native, several times faster than a deflater in JavaScript; stored where the runtime has
 * neither). Plain zip: no ZIP64 (a workbook past 4 GB is refused long before), names in UTF-8.
 */
import { nodeZlib } from "../nodeZlib";
import type { ZipEntry } from "../zipDirectory";
import { entryDataStart } from "../zipDirectory";

/** A part of the new archive: the original's entry as it is, or new content. */
export type ArchivePart = { readonly name: string; readonly kept: ZipEntry } | { readonly name: string; readonly content: string | Uint8Array };

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** Node's native CRC-32 (Node 20.15 and later); undefined in a browser. */
const nativeCrc32 = nodeZlib()?.crc32;

/**
 * The CRC-32 of `bytes` (the zip format's checksum): Node's own where it has it (a 40 MB sheet in
 * 8-10 ms, against 95-170 ms for the table below), else computed here.
 */
export function crc32(bytes: Uint8Array): number {
  return nativeCrc32 !== undefined ? nativeCrc32(bytes) >>> 0 : tableCrc32(bytes);
}

/** The CRC-32 of `bytes` computed in JavaScript, byte by byte through a table: browsers' way. */
export function tableCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** True when the runtime has a deflater (Node's zlib or `CompressionStream`). */
function canDeflate(): boolean {
  return nodeZlib() !== undefined || typeof CompressionStream !== "undefined";
}

/** `bytes` deflated (raw deflate, as zip entries hold it) by the platform. */
async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const zlib = nodeZlib();
  if (zlib) {
    // Node's thread pool deflates while this thread prepares the next part.
    return new Promise((resolve, reject) => zlib.deflateRaw(bytes, (error, result) => (error ? reject(error) : resolve(result))));
  }
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** MS-DOS time and date fields of `when` (local time, two-second steps). */
function dosDateTime(when: Date): { time: number; date: number } {
  const year = Math.max(1980, when.getFullYear());
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}

/** One entry ready to write: its header fields and compressed bytes. */
interface Entry {
  readonly name: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly time: number;
  readonly date: number;
  readonly uncompressedSize: number;
  readonly data: Uint8Array;
}

const UTF8_NAMES = 0x800;
const U32_MAX = 0xffffffff;

async function prepare(original: Uint8Array, part: ArchivePart, now: { time: number; date: number }, encoder: TextEncoder): Promise<Entry> {
  const name = encoder.encode(part.name);
  if ("kept" in part) {
    const { kept } = part;
    const start = entryDataStart(original, kept);
    const data = original.subarray(start, start + kept.compressedSize);
    return { name, method: kept.method, crc: kept.crc32, time: kept.dosTime, date: kept.dosDate, uncompressedSize: kept.uncompressedSize, data };
  }
  const content = typeof part.content === "string" ? encoder.encode(part.content) : part.content;
  const entry = { name, crc: crc32(content), time: now.time, date: now.date, uncompressedSize: content.byteLength };
  // A runtime without a compressor (old browsers, jsdom) stores the part: larger, as valid.
  return canDeflate() ? { ...entry, method: 8, data: await deflateRaw(content) } : { ...entry, method: 0, data: content };
}

/** Writes a local or central header's common fields at `at` (from the version needed on). */
function commonFields(view: DataView, at: number, entry: Entry): void {
  view.setUint16(at, 20, true);
  view.setUint16(at + 2, UTF8_NAMES, true);
  view.setUint16(at + 4, entry.method, true);
  view.setUint16(at + 6, entry.time, true);
  view.setUint16(at + 8, entry.date, true);
  view.setUint32(at + 10, entry.crc, true);
  view.setUint32(at + 14, entry.data.byteLength, true);
  view.setUint32(at + 18, entry.uncompressedSize, true);
  view.setUint16(at + 22, entry.name.byteLength, true);
}

/** The archive of `parts`, in order; kept parts are read from `original`. */
export async function writeArchive(original: Uint8Array, parts: readonly ArchivePart[], when = new Date()): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const now = dosDateTime(when);
  const entries: Entry[] = [];
  for (const part of parts) entries.push(await prepare(original, part, now, encoder));
  const localSize = entries.reduce((sum, e) => sum + 30 + e.name.byteLength + e.data.byteLength, 0);
  const centralSize = entries.reduce((sum, e) => sum + 46 + e.name.byteLength, 0);
  if (localSize + centralSize > U32_MAX || entries.length > 0xffff) throw new Error("The workbook is too large to save as a plain zip archive");
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const entry of entries) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    commonFields(view, at + 4, entry);
    view.setUint16(at + 28, 0, true);
    out.set(entry.name, at + 30);
    out.set(entry.data, at + 30 + entry.name.byteLength);
    at += 30 + entry.name.byteLength + entry.data.byteLength;
  }
  entries.forEach((entry, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    commonFields(view, at + 6, entry);
    // Extra and comment lengths, disk number, attributes: all zero.
    view.setUint32(at + 42, offsets[i], true);
    out.set(entry.name, at + 46);
    at += 46 + entry.name.byteLength;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, localSize, true);
  return out;
}
