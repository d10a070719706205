/**
 * Reads the XML parts of an untrusted workbook with a streaming XML parser (saxes, the parser
 * ExcelJS itself uses) and refuses ranges that would make a reader allocate without bound:
 * cells, rows or columns outside Excel's grid, `<col>` spans past the sheet's 16,384 columns,
 * merged ranges, validations and defined names that together cover more cells than their limit
 * (ExcelJS makes an object of each), and tables covering more cells than theirs (the plan reader
 * reads a table's every cell, at far less cost per cell).
 *
 * A parser, not patterns: quoting, whitespace and newlines inside tags, character references
 * and prefixes are resolved as ExcelJS resolves them. Elements are matched by local name in any
 * namespace (ExcelJS ignores namespaces), and every part whose content is XML is read, whatever
 * its name, so a part cannot slip past by being named unlike a worksheet.
 */
import { cellPosition, columnNumber, MAX_COLUMN, MAX_ROW, OUTSIDE_GRID } from "./a1";
import { UnreadableWorkbookError } from "./errors";
import { cellsInRanges } from "./expandedCells";
import type { ExpandedCellCounter } from "./expandedCells";
import { partParser } from "./partParser";
import type { PartScanner } from "./partParser";
import { MalformedXml } from "./sheetXml";
import type { PlainCell } from "./sheetXml";

/** Attributes whose ranges ExcelJS expands cell by cell (a Cell object each), by element. */
const EXPANDED: Readonly<Record<string, string>> = { mergeCell: "ref", dataValidation: "sqref" };
/** Attributes holding ranges that are only checked to lie inside the grid, by element. */
const IN_GRID: Readonly<Record<string, readonly string[]>> = {
  dimension: ["ref"],
  autoFilter: ["ref"],
  conditionalFormatting: ["sqref"],
  selection: ["sqref", "activeCell"],
  hyperlink: ["ref"],
  pane: ["topLeftCell"],
  protectedRange: ["sqref"],
};
/** Elements whose text holds ranges that are expanded: defined names, extension validations. */
const EXPANDED_TEXT = new Set(["definedName", "sqref"]);
/** Every element some check above reads. */
const CHECKED = new Set([...Object.keys(EXPANDED), ...Object.keys(IN_GRID), ...EXPANDED_TEXT, "table", "row", "col"]);
/** Defined names the reader turns into page setup instead of expanding them. */
const NOT_EXPANDED = new Set(["_xlnm.Print_Area", "_xlnm.Print_Titles"]);
/** Root elements of the parts a workbook reader reads; damage there is refused, elsewhere skipped. */
const SPREADSHEET_ROOTS = new Set(["workbook", "worksheet", "table", "chartsheet", "dialogsheet", "macrosheet"]);
/** Text longer than this inside a defined name is no honest workbook's. */
const MAX_TEXT_CHARS = 1 << 20;

const REF = /^\$?([A-Za-z]+)\$?(\d+)$/;
const COLUMNS = /^\$?([A-Za-z]+):\$?([A-Za-z]+)$/;
const ROWS = /^\$?(\d+):\$?(\d+)$/;

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

function outOfGrid(partName: string, value: string): UnreadableWorkbookError {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return new UnreadableWorkbookError(`The file is refused: ${partName} holds the range "${shown}", outside Excel's 1,048,576 rows and 16,384 columns`, "tooManyCells");
}

function rowInGrid(digits: string): boolean {
  const row = Number(digits);
  return digits.length <= 7 && row >= 1 && row <= MAX_ROW;
}

function columnInGrid(letters: string): boolean {
  return letters.length <= 3 && columnNumber(letters) <= MAX_COLUMN;
}

/** Throws when any range of a space- or comma-separated list lies outside the grid. */
export function checkInGrid(value: string, partName: string): void {
  for (const token of value.split(/[\s,;]+/)) {
    const ref = token.slice(token.lastIndexOf("!") + 1);
    if (ref === "") continue;
    for (const corner of ref.split(":")) {
      const cell = REF.exec(corner);
      if (cell && !(columnInGrid(cell[1]) && rowInGrid(cell[2]))) throw outOfGrid(partName, value);
    }
    const columns = COLUMNS.exec(ref);
    if (columns && !(columnInGrid(columns[1]) && columnInGrid(columns[2]))) throw outOfGrid(partName, value);
    const rows = ROWS.exec(ref);
    if (rows && !(rowInGrid(rows[1]) && rowInGrid(rows[2]))) throw outOfGrid(partName, value);
  }
}

/** A `<col min max>` span; refused outside 1..16,384 or when a sheet's spans add up past it. */
function columnSpan(attributes: Readonly<Record<string, string>>, partName: string): number {
  const min = attributes.min;
  const max = attributes.max;
  if (min === undefined || max === undefined) return 0;
  const low = Number(min);
  const high = Number(max);
  if (!(Number.isInteger(low) && Number.isInteger(high) && low >= 1 && low <= high && high <= MAX_COLUMN)) {
    throw new UnreadableWorkbookError(`The file is refused: ${partName} declares columns ${min} to ${max}, outside Excel's 16,384 columns`, "tooManyCells");
  }
  return high - low + 1;
}

/** What each element of a cell's text may hold (shared strings, inline strings, comments). */
const RICH_TEXT_CHILDREN: Readonly<Record<string, ReadonlySet<string>>> = {
  si: new Set(["t", "r", "rPh", "phoneticPr"]),
  is: new Set(["t", "r", "rPh", "phoneticPr"]),
  text: new Set(["t", "r", "rPh", "phoneticPr"]),
  r: new Set(["rPr", "t"]),
  rPh: new Set(["t"]),
  rPr: new Set(["rFont", "charset", "family", "b", "i", "strike", "outline", "shadow", "condense", "extend", "color", "sz", "u", "vertAlign", "scheme"]),
};

/**
 * Follows the elements of a cell's text. ExcelJS fails on text nested otherwise than Excel
 * writes it (a run in a run) with "Cannot read properties of undefined"; this names the problem.
 */
class RichTextShape {
  private readonly open: string[] = [];

  constructor(private readonly partName: string) {}

  enter(local: string, parent: string | undefined): void {
    if (this.open.length === 0) {
      // A cell's text starts at a shared string, an inline string or a comment's text.
      if (local === "si" || local === "is" || (local === "text" && parent === "comment")) this.open.push(local);
      return;
    }
    const allowed = RICH_TEXT_CHILDREN[this.open[this.open.length - 1]];
    if (!allowed?.has(local)) {
      throw new UnreadableWorkbookError(
        `The file is refused: ${this.partName} holds rich text nested in a way Excel never writes (<${local}> inside <${this.open[this.open.length - 1]}>)`,
        "corrupt",
      );
    }
    this.open.push(local);
  }

  leave(): void {
    if (this.open.length > 0) this.open.pop();
  }

  /** True outside any cell text: where a cell's own elements may come. */
  get idle(): boolean {
    return this.open.length === 0;
  }
}

/** The running counts a workbook's parts add to: ranges ExcelJS expands, and table ranges. */
export interface RangeCounters {
  readonly expanded: ExpandedCellCounter;
  readonly tables: ExpandedCellCounter;
}

/**
 * Hears every element of an XML part as it is parsed: its local name, its qualified name (with
 * the prefix, which tells `x14:dataValidation` from `dataValidation`) and its attributes. The
 * first element heard is the part's root: what the part is, whatever its name says.
 */
export type ElementListener = (local: string, qualified: string, attributes: Readonly<Record<string, string>>) => void;

/** What a part's reader hears: elements by local name (prefixes dropped) and their text. */
export interface PartReader {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  text?(text: string): void;
  close?(name: string): void;
  /**
   * Optional: a worksheet's plain cell in one call (see `plainCell.ts`), with its reference's
   * grid position (`cellPosition`, `NOT_A_CELL` without one), instead of its elements' events.
   * `cell` is reused for the next one.
   * Returning false declines it: the same cell comes as those events.
   */
  cell?(position: number, cell: Readonly<PlainCell>): boolean;
}

/**
 * A sink for the inflated bytes of one zip entry. Parts whose content does not start with `<`
 * (images, binaries) are skipped; XML parts are parsed as they stream in, and `onElement` hears
 * each element (see `ElementListener`). Given a `reader`, the same parse also serves it: it
 * hears each element once the checks have passed it, and the part must be well-formed XML.
 * `scanner` "sheet" parses with the worksheet scanner (`sheetXml.ts`), which is strict XML too
 * but refuses a document type declaration; saxes parses every other part.
 */
export function rangeScanner(
  partName: string,
  counters: RangeCounters,
  onElement: ElementListener = () => undefined,
  reader?: PartReader,
  scanner: PartScanner = "saxes",
): { write(chunk: Uint8Array): void; end(): void } {
  const decoder = new TextDecoder("utf-8");
  let state: "sniffing" | "parsing" | "skipped" = "sniffing";
  let sniffed = "";
  let root: string | undefined;
  let columns = 0;
  let text: { element: string; name: string; value: string } | undefined;
  const richText = new RichTextShape(partName);
  let parent: string | undefined;
  const readOpen = reader?.open.bind(reader);
  const readText = reader?.text?.bind(reader);
  const readClose = reader?.close?.bind(reader);

  /** The checks of an element that holds ranges (most elements, a sheet's cells and values, hold none). */
  const checkRanges = (local: string, attributes: Readonly<Record<string, string>>): void => {
    const expanded = EXPANDED[local];
    if (expanded !== undefined && attributes[expanded] !== undefined) {
      checkInGrid(attributes[expanded], partName);
      counters.expanded.add(cellsInRanges(attributes[expanded]), partName);
    }
    if (local === "table" && attributes.ref !== undefined) {
      checkInGrid(attributes.ref, partName);
      counters.tables.add(cellsInRanges(attributes.ref), partName);
    }
    for (const name of IN_GRID[local] ?? []) {
      if (attributes[name] !== undefined) checkInGrid(attributes[name], partName);
    }
    if (local === "row" && attributes.r !== undefined && !rowInGrid(attributes.r.trim())) throw outOfGrid(partName, attributes.r);
    if (local === "col") {
      columns += columnSpan(attributes, partName);
      if (columns > MAX_COLUMN) {
        throw new UnreadableWorkbookError(`The file is refused: ${partName} declares more than Excel's 16,384 columns`, "tooManyCells");
      }
    }
    if (EXPANDED_TEXT.has(local)) text = { element: local, name: attributes.name ?? "", value: "" };
  };
  const onOpen = (qualified: string, attributes: Readonly<Record<string, string>>): void => {
    const local = localName(qualified);
    if (root === undefined) root = local;
    onElement(local, qualified, attributes);
    richText.enter(local, parent);
    parent = local;
    if (local === "c") {
      // Every cell has a reference: the quick test, without splitting a list.
      const ref = attributes.r;
      if (ref !== undefined && cellPosition(ref) === OUTSIDE_GRID) throw outOfGrid(partName, ref);
      readOpen?.(local, attributes);
      return;
    }
    if (CHECKED.has(local)) checkRanges(local, attributes);
    readOpen?.(local, attributes);
  };
  const onText = (value: string): void => {
    if (text) {
      text.value += value;
      if (text.value.length > MAX_TEXT_CHARS) {
        throw new UnreadableWorkbookError(`The file is damaged: ${partName} holds a ${text.element} longer than ${MAX_TEXT_CHARS.toLocaleString("en-US")} characters`, "corrupt");
      }
    }
    readText?.(value);
  };
  const onClose = (qualified: string): void => {
    richText.leave();
    parent = undefined;
    const local = localName(qualified);
    if (text && local === text.element) {
      if (text.element === "sqref") checkInGrid(text.value, partName);
      if (!NOT_EXPANDED.has(text.name)) counters.expanded.add(cellsInRanges(text.value), partName);
      text = undefined;
    }
    readClose?.(local);
  };
  /**
   * A plain cell in one call: the checks the events of its elements would meet (its reference in
   * the grid; nothing in its `<v>`, `<is>` or `<t>` is checked or is a feature `onElement` looks
   * for), then the reader's own. Declined where the events would do more: before the root, inside
   * a cell's text or a checked text, or for a reader without `cell`.
   */
  const readCell = reader?.cell?.bind(reader);
  const onCell = readCell && ((cell: Readonly<PlainCell>): boolean => {
    if (root === undefined || text !== undefined || !richText.idle) return false;
    // A reference outside the grid never comes plain: the general path refuses it.
    if (!readCell(cell.position, cell)) return false;
    parent = undefined;
    return true;
  });
  const parser = partParser(scanner, { open: onOpen, text: onText, close: onClose, cell: onCell });
  const damaged = () => new UnreadableWorkbookError(`The file is damaged: ${partName} is not well-formed XML`, "corrupt");
  /** Runs one step of the parse; a part that is not well-formed is refused or skipped. */
  const parse = (step: () => void) => {
    try {
      step();
    } catch (error) {
      if (!(error instanceof MalformedXml)) throw error;
      // ExcelJS stops at the same error, so nothing after it is read; in a part it reads, say so.
      if (reader || (root !== undefined && SPREADSHEET_ROOTS.has(root))) throw damaged();
      state = "skipped";
    }
  };
  return {
    write(chunk) {
      if (state === "skipped") return;
      const value = decoder.decode(chunk, { stream: true });
      if (state === "parsing") return parse(() => parser.write(value));
      sniffed += value;
      const start = sniffed.replace(/^[\uFEFF\s]+/, "");
      if (start === "" && sniffed.length < 1024) return;
      state = start.startsWith("<") ? "parsing" : "skipped";
      if (state === "skipped" && reader) throw damaged();
      if (state === "parsing") parse(() => parser.write(start));
    },
    end() {
      if (state !== "parsing" && reader) throw damaged();
      if (state !== "parsing") return;
      parse(() => parser.write(decoder.decode()));
      if (state === "parsing") parse(() => parser.end());
    },
  };
}
