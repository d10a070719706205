/**
 * The checks an untrusted .xlsx passes before any workbook reader touches it (SPEC section 8):
 * its size, that it is a zip, the entry count, the declared uncompressed total and the
 * compression ratios in the zip directory; then each entry is inflated as a stream to prove the
 * declared sizes true, and the XML parts are parsed for ranges the reader would expand cell by
 * cell. Every refusal is an `UnreadableWorkbookError` with a one-line message.
 */
import { describeBytes, UnreadableWorkbookError } from "./errors";
import { ExpandedCellCounter } from "./expandedCells";
import { isWorksheetPart, scannerFor } from "./partParser";
import { rangeScanner } from "./rangeScan";
import type { PartReader, RangeCounters } from "./rangeScan";
import { modelReadProblem } from "./readerParts";
import type { UncarriedPart } from "./uncarriedParts";
import type { PackageLayout } from "./packageLayout";
import { packageLayout } from "./packageLayout";
import { PartsSeen, partsWriterCannotCarry, partsWriterCannotCarryByName } from "./uncarriedParts";
import type { ZipEntry } from "./zipDirectory";
import { readDirectoryEnd, readZipEntries } from "./zipDirectory";
import { canInflate, inflateEntry } from "./zipInflate";

/** Limits for untrusted files; every one can be raised or lowered by the caller. */
export interface WorkbookLimits {
  /** Largest file accepted, in bytes (default 100 MB). */
  readonly maxBytes: number;
  /** Most zip entries accepted (default 10,000). */
  readonly maxEntries: number;
  /** Largest total of the entries' uncompressed sizes (default 1 GB). */
  readonly maxUncompressedBytes: number;
  /** Highest compression ratio accepted for a large entry (default 200:1). */
  readonly maxCompressionRatio: number;
  /** Entries inflating to less than this are not ratio-checked: small XML compresses very well (default 1 MB). */
  readonly ratioCheckFromBytes: number;
  /** Most cells that merged ranges, validations and defined names may cover together (default 5,000,000). */
  readonly maxExpandedCells: number;
  /**
   * Most cells the workbook's tables may cover together (default 20,000,000: some 160 MB of the
   * reader's row arrays; a plan at the SPEC size covers about 5 million).
   */
  readonly maxTableCells: number;
}

const MB = 1024 * 1024;

/** The defaults named in SPEC section 8. */
export const DEFAULT_LIMITS: WorkbookLimits = {
  maxBytes: 100 * MB,
  maxEntries: 10_000,
  maxUncompressedBytes: 1024 * MB,
  maxCompressionRatio: 200,
  ratioCheckFromBytes: MB,
  maxExpandedCells: 5_000_000,
  maxTableCells: 20_000_000,
};

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** Encrypted Office files and old .xls files are OLE compound documents. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.byteLength >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Bytes a file must start with to be taken for a workbook: a zip (every .xlsx) or an OLE compound file (.xls, an encrypted .xlsx). */
export const WORKBOOK_SIGNATURE_BYTES = OLE_MAGIC.length;

/** True when `head` (a file's first bytes) starts as a workbook does: a zip or an OLE compound file. */
export function hasWorkbookSignature(head: Uint8Array): boolean {
  return startsWith(head, ZIP_MAGIC) || startsWith(head, OLE_MAGIC);
}

/** Refuses a file larger than the byte limit (callers with a file on disk check before reading it). */
export function checkFileSize(size: number, limits: Pick<WorkbookLimits, "maxBytes">): void {
  if (size > limits.maxBytes) {
    throw new UnreadableWorkbookError(`The file is ${describeBytes(size)}, above the ${describeBytes(limits.maxBytes)} limit for workbooks`, "tooLarge");
  }
}

/** Refuses files that are too large or not zip archives at all. */
function checkEnvelope(bytes: Uint8Array, limits: WorkbookLimits): void {
  checkFileSize(bytes.byteLength, limits);
  if (bytes.byteLength === 0) throw new UnreadableWorkbookError("The file is empty", "notZip");
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new UnreadableWorkbookError("The file is password-protected or an old .xls workbook; save it as an unprotected .xlsx first", "encrypted");
  }
  if (!startsWith(bytes, ZIP_MAGIC) && !startsWith(bytes, EMPTY_ZIP_MAGIC)) {
    throw new UnreadableWorkbookError("The file is not an .xlsx workbook (it is not a zip archive)", "notZip");
  }
}

/**
 * The archive as a whole is ratio-checked from this many times `ratioCheckFromBytes`: hundreds of
 * entries each just under the per-entry threshold inflate to hundreds of MB from a tiny file.
 */
const ARCHIVE_RATIO_FROM = 16;

/** Refuses hundreds of small bomb entries that each pass the per-entry checks. */
function checkArchiveRatio(entries: readonly ZipEntry[], total: number, limits: WorkbookLimits): void {
  if (total < ARCHIVE_RATIO_FROM * limits.ratioCheckFromBytes) return;
  const compressed = entries.reduce((sum, e) => sum + e.compressedSize, 0);
  const ratio = total / Math.max(compressed, 1);
  if (ratio > limits.maxCompressionRatio) {
    throw new UnreadableWorkbookError(`The file is refused: its entries are compressed ${Math.round(ratio)}:1 together, a ratio typical of zip bombs`, "zipBomb");
  }
}

/** Refuses on what the directory declares, before anything is inflated. */
function checkDeclared(entries: readonly ZipEntry[], limits: WorkbookLimits): void {
  let total = 0;
  for (const entry of entries) {
    if ((entry.flags & 1) !== 0) {
      throw new UnreadableWorkbookError("The file holds encrypted zip entries; save it as an unprotected .xlsx first", "encrypted");
    }
    if (entry.method !== 0 && entry.method !== 8) {
      throw new UnreadableWorkbookError(`The file uses a zip compression method (${entry.method}) that workbooks never use`, "corrupt");
    }
    total += entry.uncompressedSize;
    if (total > limits.maxUncompressedBytes) {
      throw new UnreadableWorkbookError(
        `The file would unpack to more than ${describeBytes(limits.maxUncompressedBytes)}, above the limit for workbooks`,
        "tooLargeUncompressed",
      );
    }
    if (entry.uncompressedSize >= limits.ratioCheckFromBytes) {
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (ratio > limits.maxCompressionRatio) {
        throw new UnreadableWorkbookError(
          `The file is refused: zip entry ${entry.name} is compressed ${Math.round(ratio)}:1, a ratio typical of zip bombs`,
          "zipBomb",
        );
      }
    }
  }
  checkArchiveRatio(entries, total, limits);
  const names = new Set(entries.map((e) => e.name.replace(/^\//, "")));
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) {
    throw new UnreadableWorkbookError("The file is a zip archive but not an Excel workbook (it has no workbook part)", "notWorkbook");
  }
}

/**
 * The content checks of a workbook's parts, some of them still to run: each part is inflated
 * once as a stream (sizes must hold) and every XML part, whatever its name, is parsed for ranges
 * that would expand past the limits (see `rangeScan.ts`) and for what it holds (see
 * `uncarriedParts.ts`). A part left pending is checked as it is read (`scanWhileReading`: one
 * inflate and one parse serve the check and the reader) or by `finish`.
 */
export class PendingChecks {
  private readonly counters: RangeCounters;
  private readonly seen = new PartsSeen();
  private readonly names: string[] = [];
  private readonly pending = new Map<string, ZipEntry>();
  private readonly inflates = canInflate();

  constructor(
    private readonly bytes: Uint8Array,
    limits: WorkbookLimits,
  ) {
    this.counters = { expanded: new ExpandedCellCounter(limits.maxExpandedCells), tables: new ExpandedCellCounter(limits.maxTableCells, "tables") };
  }

  /**
   * Checks every entry now, but those `defer` names, which are left pending. Without a streaming
   * decompressor (very old browsers) nothing is inflated: the declared checks still apply, and
   * the parts a save would drop are known by their usual names.
   */
  async checkAll(entries: readonly ZipEntry[], defer: (name: string) => boolean): Promise<void> {
    for (const entry of entries) {
      if (entry.name.endsWith("/") && entry.uncompressedSize === 0) continue;
      const name = entry.name.replace(/^\//, "");
      this.names.push(name);
      if (!this.inflates) continue;
      if (defer(name)) this.pending.set(name, entry);
      else await this.check(name, entry);
    }
  }

  /**
   * The check of pending part `name` as a sink for its inflated bytes, with `reader` hearing its
   * elements after the check has passed each one; undefined when the part is not pending (it
   * was checked already). A part read this way must be well-formed XML.
   */
  scanWhileReading(name: string, reader: PartReader): { write(chunk: Uint8Array): void; end(): void } | undefined {
    if (!this.pending.delete(name)) return undefined;
    return rangeScanner(name, this.counters, this.seen.listener(name), reader, scannerFor(name));
  }

  /** Checks the parts still pending; returns what the check learned about the whole workbook. */
  async finish(): Promise<WorkbookContents> {
    if (!this.inflates) return { uncarried: partsWriterCannotCarryByName(this.names) };
    for (const [name, entry] of [...this.pending]) {
      this.pending.delete(name);
      await this.check(name, entry);
    }
    return {
      uncarried: partsWriterCannotCarry(this.seen, this.names),
      layout: packageLayout(this.seen, this.names),
      validations: this.seen.validations,
      modelProblem: modelReadProblem(this.seen, new Set(this.names)),
    };
  }

  private async check(name: string, entry: ZipEntry): Promise<void> {
    const scan = rangeScanner(name, this.counters, this.seen.listener(name), undefined, scannerFor(name));
    await inflateEntry(this.bytes, entry, (chunk) => scan.write(chunk));
    scan.end();
  }
}

/** What the check learned about a workbook's parts, for the writers that must not drop them. */
export interface WorkbookContents {
  /** Parts that saving through ExcelJS would drop (charts, pivot tables, links to other workbooks...), known by what they hold. */
  readonly uncarried: readonly UncarriedPart[];
  /** How the parts are wired (relationships, the workbook's sheets); absent where the parts could not be parsed. */
  readonly layout?: PackageLayout;
  /** The ranges of each worksheet's data validations, by part name; absent where the parts could not be parsed. */
  readonly validations?: ReadonlyMap<string, readonly string[]>;
  /** Why the workbook model (ExcelJS) cannot load the package, which the streaming reader reads: a change needing the model is refused with it. */
  readonly modelProblem?: string;
}

/** Bytes of an ArrayBuffer or a typed array, without copying. */
export function asBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/**
 * Checks an untrusted workbook file; resolves when it is safe to hand to the reader, rejects
 * with `UnreadableWorkbookError` otherwise.
 */
export async function checkWorkbookBytes(data: Uint8Array | ArrayBuffer, limits: WorkbookLimits = DEFAULT_LIMITS): Promise<WorkbookContents> {
  return (await checkWorkbookLeaving(data, limits, () => false)).finish();
}

/**
 * Worksheets by their usual part names: what a reader of the JMP tables streams, and almost all
 * of a plan's bytes, so the parts worth checking while they are read.
 */
export { isWorksheetPart };

/**
 * Checks an untrusted workbook file but the contents of the parts `defer` names, which are left
 * to be checked as a reader streams them (or by `finish`); rejects with `UnreadableWorkbookError`
 * as `checkWorkbookBytes` does.
 */
export async function checkWorkbookLeaving(data: Uint8Array | ArrayBuffer, limits: WorkbookLimits, defer: (name: string) => boolean): Promise<PendingChecks> {
  const bytes = asBytes(data);
  checkEnvelope(bytes, limits);
  const directory = readDirectoryEnd(bytes);
  if (directory.declaredEntries > limits.maxEntries) {
    throw new UnreadableWorkbookError(
      `The file holds ${directory.declaredEntries.toLocaleString("en-US")} zip entries, more than the ${limits.maxEntries.toLocaleString("en-US")} any workbook needs`,
      "tooManyEntries",
    );
  }
  const entries = readZipEntries(bytes, directory, limits.maxEntries);
  checkDeclared(entries, limits);
  const checks = new PendingChecks(bytes, limits);
  await checks.checkAll(entries, defer);
  return checks;
}
