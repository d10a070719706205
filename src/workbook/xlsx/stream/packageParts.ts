/**
 * The parts of an .xlsx package, read straight from its zip: the entries are listed from the
 * central directory (`zipDirectory.ts`) and a part is inflated as a stream (`zipInflate.ts`,
 * which stops any entry that inflates past its declared size) into a streaming XML parser.
 * Nothing but the parts asked for is ever inflated. Runs in Node and in browsers.
 */
import { UnreadableWorkbookError } from "../errors";
import type { ZipEntry } from "../zipDirectory";
import { readDirectoryEnd, readZipEntries } from "../zipDirectory";
import { inflateEntry } from "../zipInflate";
import type { PartReader } from "../rangeScan";
import { partParser, scannerFor } from "../partParser";
import { MalformedXml } from "../sheetXml";
import { PartNames } from "../partNames";

/** What a part's reader hears: elements by local name (prefixes dropped) and their text. */
export type PartHandler = PartReader;

/** Checks of parts not yet checked, run by the read that streams them (`PendingChecks`). */
export interface ChecksWhileReading {
  /** A sink that checks part `name` and hands its elements to `handler`; undefined when it was checked already. */
  scanWhileReading(name: string, handler: PartHandler): { write(chunk: Uint8Array): void; end(): void } | undefined;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The parts of one package, by name. */
export class PackageParts {
  private readonly byName: ReadonlyMap<string, ZipEntry>;

  /**
   * Lists the parts of `bytes`, which the zip guard has checked, or is checking: a part `checks`
   * still holds is checked by the read that streams it.
   */
  constructor(
    private readonly bytes: Uint8Array,
    maxEntries: number,
    private readonly checks?: ChecksWhileReading,
  ) {
    const entries = readZipEntries(bytes, readDirectoryEnd(bytes), maxEntries);
    this.byName = new Map(entries.map((e) => [e.name.replace(/^\//, ""), e]));
    this.names = new PartNames(this.byName.keys());
  }

  /** Part names as relationships give them, resolved whatever their letter case (`SharedStrings.xml` for `sharedStrings.xml`). */
  private readonly names: PartNames;

  /** The archive's name of part `name`, whatever case it is asked in, or `name` when absent. */
  private entryName(name: string): string {
    return this.names.resolve(name) ?? name;
  }

  /** True when the package holds the part. */
  has(name: string): boolean {
    return this.names.has(name);
  }

  /** Inflated size of a part (0 when absent). */
  size(name: string): number {
    return this.byName.get(this.entryName(name))?.uncompressedSize ?? 0;
  }

  /**
   * Streams part `name` through an XML parser into `handler`; false when the package lacks the
   * part. A part that is not well-formed XML is refused as damaged.
   */
  async read(asked: string, handler: PartHandler): Promise<boolean> {
    const name = this.entryName(asked);
    const entry = this.byName.get(name);
    if (!entry) return false;
    const checking = this.checks?.scanWhileReading(name, handler);
    if (checking) {
      await inflateEntry(this.bytes, entry, (chunk) => checking.write(chunk));
      checking.end();
      return true;
    }
    const readCell = handler.cell?.bind(handler);
    const parser = partParser(scannerFor(name), {
      open: (qualified, attributes) => handler.open(localName(qualified), attributes),
      text: (text) => handler.text?.(text),
      close: (qualified) => handler.close?.(localName(qualified)),
      cell: readCell && ((cell) => readCell(cell.position, cell)),
    });
    const decoder = new TextDecoder("utf-8");
    const parse = (step: () => void) => {
      try {
        step();
      } catch (error) {
        if (error instanceof MalformedXml) throw new UnreadableWorkbookError(`The file is damaged: ${name} is not well-formed XML`, "corrupt");
        throw error;
      }
    };
    await inflateEntry(this.bytes, entry, (chunk) => parse(() => parser.write(decoder.decode(chunk, { stream: true }))));
    parse(() => {
      parser.write(decoder.decode());
      parser.end();
    });
    return true;
  }
}

/**
 * The part a relationship points at, from the part holding the relationship: targets are
 * relative to the source part's folder ("worksheets/sheet1.xml" from "xl/workbook.xml") or
 * absolute from the package root ("/xl/tables/table1.xml").
 */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** The relationships part of a part: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels". */
export function relationshipsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A part's relationships: id -> { type, target part }; external targets are left out. */
export async function readRelationships(parts: PackageParts, part: string): Promise<Map<string, { type: string; target: string }>> {
  const out = new Map<string, { type: string; target: string }>();
  await parts.read(relationshipsOf(part), {
    open(name, attributes) {
      if (name !== "Relationship" || attributes.TargetMode === "External") return;
      const { Id: id, Type: type = "", Target: target } = attributes;
      if (id !== undefined && target !== undefined) out.set(id, { type, target: resolveTarget(part, target) });
    },
  });
  return out;
}
