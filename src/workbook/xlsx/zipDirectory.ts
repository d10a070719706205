/**
 * Reads the central directory of a zip archive without inflating anything: the names, sizes
 * and offsets of its entries. This is what the safety checks look at before any byte of an
 * untrusted .xlsx is handed to a decompressor. Follows the PKWARE APPNOTE layout, ZIP64
 * included (a bomb may use ZIP64 fields to declare sizes beyond 4 GB).
 */
import { UnreadableWorkbookError } from "./errors";

/** One entry of the central directory. */
export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated; anything else is refused later. */
  readonly method: number;
  /** General purpose flags; bit 0 marks an encrypted entry. */
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Offset of the entry's local header from the start of the file. */
  readonly localHeaderOffset: number;
  /** CRC-32 of the uncompressed bytes, as declared. */
  readonly crc32: number;
  /** Last modified, as MS-DOS time and date fields. */
  readonly dosTime: number;
  readonly dosDate: number;
}

/** What the end records say about the directory. */
export interface ZipDirectory {
  /** Entry count declared by the end-of-directory record. */
  readonly declaredEntries: number;
  /** Offset of the first central directory header; entry data must end before it. */
  readonly directoryOffset: number;
  readonly directorySize: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA = 0x0001;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

function truncated(detail: string): UnreadableWorkbookError {
  return new UnreadableWorkbookError(`The file is cut off or damaged: ${detail}`, "truncated");
}

function u64(view: DataView, offset: number): number {
  const value = view.getBigUint64(offset, true);
  // Sizes past 2^53 cannot be real; report them as infinite so every limit refuses them.
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value);
}

/** Finds the end-of-central-directory record by scanning back over a possible comment. */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw truncated("its zip directory is missing");
}

/** Reads the end records (plain and ZIP64). */
export function readDirectoryEnd(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < EOCD_SIZE) throw truncated("it is too short to be a zip archive");
  const end = findEndRecord(view);
  let declaredEntries = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let directoryOffset = view.getUint32(end + 16, true);
  const locator = end - 20;
  const needs64 = declaredEntries === U16_MAX || directorySize === U32_MAX || directoryOffset === U32_MAX;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
    const at = u64(view, locator + 8);
    if (!(at + 56 <= view.byteLength) || view.getUint32(at, true) !== ZIP64_EOCD) throw truncated("its ZIP64 directory record is missing");
    declaredEntries = u64(view, at + 32);
    directorySize = u64(view, at + 40);
    directoryOffset = u64(view, at + 48);
  } else if (needs64) {
    throw truncated("its ZIP64 directory locator is missing");
  }
  if (!(directoryOffset + directorySize <= view.byteLength)) throw truncated("its zip directory points past the end of the file");
  return { declaredEntries, directoryOffset, directorySize };
}

/** The sizes and offset an entry's ZIP64 extra field replaces (those stored as 0xFFFFFFFF). */
function applyZip64Extra(view: DataView, extraStart: number, extraEnd: number, sizes: { compressed: number; uncompressed: number; offset: number }): void {
  let at = extraStart;
  while (at + 4 <= extraEnd) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    const dataEnd = at + 4 + size;
    if (dataEnd > extraEnd) return;
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const take = (): number => {
        if (field + 8 > dataEnd) throw truncated("a ZIP64 field is cut short");
        const v = u64(view, field);
        field += 8;
        return v;
      };
      if (sizes.uncompressed === U32_MAX) sizes.uncompressed = take();
      if (sizes.compressed === U32_MAX) sizes.compressed = take();
      if (sizes.offset === U32_MAX) sizes.offset = take();
      return;
    }
    at = dataEnd;
  }
}

const UTF8 = new TextDecoder("utf-8");
const LATIN1 = new TextDecoder("latin1");

/**
 * Lists the entries of the central directory. Stops with an error after `maxEntries` so a
 * directory of millions of tiny entries is refused without being walked to its end.
 */
export function readZipEntries(bytes: Uint8Array, directory: ZipDirectory, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: ZipEntry[] = [];
  const end = directory.directoryOffset + directory.directorySize;
  let at = directory.directoryOffset;
  while (at + 46 <= end && view.getUint32(at, true) === CENTRAL_HEADER) {
    if (entries.length >= maxEntries) {
      throw new UnreadableWorkbookError(`The file holds more than ${maxEntries.toLocaleString("en-US")} zip entries; no workbook needs that many`, "tooManyEntries");
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const sizes = { compressed: view.getUint32(at + 20, true), uncompressed: view.getUint32(at + 24, true), offset: view.getUint32(at + 42, true) };
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > end) throw truncated("a zip directory entry is cut short");
    // Bit 11 marks UTF-8 names; older writers use code page 437, close enough to Latin-1 for part names.
    const name = ((flags & 0x800) !== 0 ? UTF8 : LATIN1).decode(bytes.subarray(nameStart, extraStart));
    applyZip64Extra(view, extraStart, extraStart + extraLength, sizes);
    const [dosTime, dosDate, crc32] = [view.getUint16(at + 12, true), view.getUint16(at + 14, true), view.getUint32(at + 16, true)];
    entries.push({ name, method, flags, compressedSize: sizes.compressed, uncompressedSize: sizes.uncompressed, localHeaderOffset: sizes.offset, crc32, dosTime, dosDate });
    at = next;
  }
  if (entries.length < Math.min(directory.declaredEntries, maxEntries)) throw truncated("its zip directory lists fewer entries than it declares");
  return entries;
}

/**
 * Where an entry's compressed bytes start: after its local header, whose name and extra
 * lengths may differ from the central directory's.
 */
export function entryDataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (!(at + 30 <= view.byteLength) || view.getUint32(at, true) !== LOCAL_HEADER) throw truncated(`the zip entry ${entry.name} is missing`);
  const nameLength = view.getUint16(at + 26, true);
  const nameStart = at + 30;
  if (nameStart + nameLength > view.byteLength) throw truncated(`the zip entry ${entry.name} is cut short`);
  // Readers differ in which of the two names they trust; a part must not be one thing to the
  // check and another to the reader.
  const flags = view.getUint16(at + 6, true);
  const localName = ((flags & 0x800) !== 0 ? UTF8 : LATIN1).decode(bytes.subarray(nameStart, nameStart + nameLength));
  if (localName !== entry.name) {
    throw new UnreadableWorkbookError(`The file is refused: zip entry ${entry.name} is named ${localName} in its local header`, "corrupt");
  }
  return nameStart + nameLength + view.getUint16(at + 28, true);
}
