/**
 * Whether a change reported by a worksheet event (an A1 address without the sheet: `H2`,
 * `A2:C5`, `B:B`, `5:7`) can touch cells of a table: its columns, from its header row down.
 */

/** Zero-based column of column letters (`A` = 0). */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Z]*)\$?(\d*)$/;

/**
 * True when `address` may touch rows from `headerRow` down in columns `first`..`last` (all
 * zero-based). An address it cannot read, or none, counts as touching: better a read too many.
 */
export function touchesColumns(address: string | undefined, headerRow: number, first: number, last: number): boolean {
  if (address === undefined || address === "") return true;
  return address.split(",").some((part) => {
    const [from, to = from] = part.trim().toUpperCase().split(":");
    const a = CELL.exec(from);
    const b = CELL.exec(to);
    if (!a || !b) return true;
    const left = a[1] === "" ? 0 : columnIndex(a[1]);
    const right = b[1] === "" ? Number.MAX_SAFE_INTEGER : columnIndex(b[1]);
    const bottom = b[2] === "" ? Number.MAX_SAFE_INTEGER : Number(b[2]) - 1;
    return right >= first && left <= last && bottom >= headerRow;
  });
}
