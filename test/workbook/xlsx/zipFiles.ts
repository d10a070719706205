/**
 * Zip archives built byte by byte for the safety tests (bombs, lying sizes, huge directories)
 * and a rewriter that edits the XML parts of a real .xlsx, to imitate what Excel writes.
 */
import { crc32, deflateRawSync, inflateRawSync } from "zlib";
import { readDirectoryEnd, readZipEntries, entryDataStart } from "../../../src/workbook/xlsx/zipDirectory";

/** One entry to write. */
export interface ZipPart {
  readonly name: string;
  /** Bytes as stored in the archive (already deflated when `method` is 8). */
  readonly stored: Uint8Array;
  readonly method: 0 | 8;
  /** Uncompressed size to declare (may lie). */
  readonly declaredSize: number;
  readonly crc?: number;
  /** Declares the uncompressed size in a ZIP64 extra field instead (sizes past 4 GB). */
  readonly zip64Size?: bigint;
  /** A name for the local header other than the directory's (both are `name` by default). */
  readonly localName?: string;
}

/** A deflated part from its content. */
export function deflated(name: string, content: Uint8Array | string): ZipPart {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name, stored: deflateRawSync(bytes), method: 8, declaredSize: bytes.byteLength, crc: crc32(bytes) };
}

/** Writes a zip archive of `parts` (no ZIP64, no data descriptors). */
export function buildZip(parts: readonly ZipPart[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const extra = Buffer.alloc(part.zip64Size === undefined ? 0 : 12);
    if (part.zip64Size !== undefined) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(part.zip64Size, 4);
    }
    const declared = part.zip64Size === undefined ? part.declaredSize : 0xffffffff;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc ?? 0, 14);
    local.writeUInt32LE(part.stored.byteLength, 18);
    local.writeUInt32LE(part.declaredSize, 22);
    const localName = part.localName === undefined ? name : Buffer.from(part.localName, "utf8");
    local.writeUInt16LE(localName.byteLength, 26);
    chunks.push(local, localName, Buffer.from(part.stored));
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x800, 8);
    header.writeUInt16LE(part.method, 10);
    header.writeUInt32LE(part.crc ?? 0, 16);
    header.writeUInt32LE(part.stored.byteLength, 20);
    header.writeUInt32LE(declared, 24);
    header.writeUInt16LE(name.byteLength, 28);
    header.writeUInt16LE(extra.byteLength, 30);
    header.writeUInt32LE(offset, 42);
    central.push(header, name, extra);
    offset += 30 + localName.byteLength + part.stored.byteLength;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

/** The entries of a zip as name -> content. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const entries = readZipEntries(bytes, readDirectoryEnd(bytes), 100_000);
  const out = new Map<string, Buffer>();
  for (const entry of entries) {
    const start = entryDataStart(bytes, entry);
    const data = bytes.subarray(start, start + entry.compressedSize);
    out.set(entry.name, entry.method === 8 ? inflateRawSync(data) : Buffer.from(data));
  }
  return out;
}

/** A copy of an .xlsx with some of its XML parts rewritten by `edit` (name, text) -> text. */
export function rewriteXlsx(bytes: Uint8Array, edit: (name: string, text: string) => string): Uint8Array {
  const parts = [...unzip(bytes)].map(([name, content]) => {
    const isXml = /\.(xml|rels)$/.test(name);
    return deflated(name, isXml ? edit(name, content.toString("utf8")) : content);
  });
  return buildZip(parts);
}

/** The text of one part of an .xlsx. */
export function partText(bytes: Uint8Array, name: string): string {
  const content = unzip(bytes).get(name);
  if (!content) throw new Error(`no part ${name}`);
  return content.toString("utf8");
}
