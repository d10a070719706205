/**
 * Counts the cells that ExcelJS 4.4 would create one by one while loading a workbook: it expands
 * every merged range, every data-validation range and every range of a defined name into single
 * cells. A few bytes of XML (`<mergeCell ref="A1:Z1048576"/>`) thus cost millions of objects
 * and hang the reader, so the parts are scanned for these ranges before the reader sees them.
 *
 * The scan is streaming: XML arrives in chunks and only the tags of interest are kept.
 */
import { columnNumber } from "./a1";
import { UnreadableWorkbookError } from "./errors";

/** Which tags a part holds that the reader expands. */
export type ScannedPart = "worksheet" | "workbook";

interface Token {
  readonly open: string;
  readonly close: string;
  /** The attribute holding the ranges, or undefined when they are the element's text. */
  readonly attribute?: string;
}

const TOKENS: Readonly<Record<ScannedPart, readonly Token[]>> = {
  worksheet: [
    { open: "<mergeCell ", close: ">", attribute: "ref" },
    { open: "<dataValidation ", close: ">", attribute: "sqref" },
  ],
  workbook: [{ open: "<definedName ", close: "</definedName>" }],
};

/** Defined names the reader turns into page setup instead of expanding them. */
const NOT_EXPANDED = new Set(["_xlnm.Print_Area", "_xlnm.Print_Titles"]);

/** A tag longer than this is no honest workbook's and would make the carry grow unbounded. */
const MAX_TAG_CHARS = 1 << 20;
/** Enough to hold the start of a token cut between two chunks. */
const TAIL_CHARS = 32;

const CELL_RANGE = /(?<![A-Za-z0-9_])\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?/g;

/** Cells covered by the A1 ranges in `text` ("A1:B2 C3", "Sheet1!$A$1:$C$9,Other!$B$2"). */
export function cellsInRanges(text: string): number {
  let cells = 0;
  for (const m of text.matchAll(CELL_RANGE)) {
    if (m[3] === undefined || m[4] === undefined) {
      cells += 1;
      continue;
    }
    const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1;
    const columns = Math.abs(columnNumber(m[3]) - columnNumber(m[1])) + 1;
    cells += rows * columns;
  }
  return cells;
}

function attributeValue(tag: string, name: string): string {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? match[1] : "";
}

/** Keeps a running count over every scanned part and refuses past the limit. */
export class ExpandedCellCounter {
  private total = 0;

  constructor(private readonly limit: number) {}

  /** The cells counted so far. */
  get cells(): number {
    return this.total;
  }

  /** A sink for the text of one part; call it with each decoded chunk in order. */
  scanner(part: ScannedPart, partName: string): (text: string) => void {
    const tokens = TOKENS[part];
    let carry = "";
    return (text: string) => {
      const buffer = carry + text;
      let position = 0;
      for (;;) {
        let best = -1;
        let token: Token | undefined;
        for (const t of tokens) {
          const at = buffer.indexOf(t.open, position);
          if (at >= 0 && (best < 0 || at < best)) {
            best = at;
            token = t;
          }
        }
        if (!token) break;
        const end = buffer.indexOf(token.close, best);
        if (end < 0) {
          carry = buffer.slice(best);
          if (carry.length > MAX_TAG_CHARS) {
            throw new UnreadableWorkbookError(`The file is damaged: ${partName} holds a tag longer than ${MAX_TAG_CHARS} characters`, "corrupt");
          }
          return;
        }
        const tag = buffer.slice(best, end);
        const ranges = token.attribute ? attributeValue(tag, token.attribute) : tag.slice(tag.indexOf(">") + 1);
        if (!NOT_EXPANDED.has(attributeValue(tag, "name"))) this.add(cellsInRanges(ranges), partName);
        position = end + token.close.length;
      }
      carry = buffer.slice(Math.max(position, buffer.length - TAIL_CHARS));
    };
  }

  private add(cells: number, partName: string): void {
    this.total += cells;
    if (this.total > this.limit) {
      throw new UnreadableWorkbookError(
        `The file is refused: its merged cells, validations and names cover more than ${this.limit.toLocaleString("en-US")} cells (first exceeded in ${partName})`,
        "tooManyCells",
      );
    }
  }
}
