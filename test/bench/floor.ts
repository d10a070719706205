/**
 * The floor of SPEC section 8: the least work any analysis of the raw tables must do. One pass
 * reads every cell of every row once (a `typeof` check per cell) and sums the money columns by
 * partner in a Map. Claims carry no Partner ID, so a claim's sums go to its tactic's partner,
 * found in a Map filled while the tactics are read (one lookup per claim row). Nothing is parsed,
 * validated or rounded: the engine's time divided by this one is the price of doing it right.
 */
import type { RawTable } from "../../src/model/rawTable";
import { normalizeHeader, tableSpec } from "../../src/model/schema";

/** What the floor pass found; returned so that the work cannot be optimised away. */
export interface FloorResult {
  /** Cells read. */
  readonly cells: number;
  /** Cells holding a number. */
  readonly numbers: number;
  /** Per table name, per partner cell value: the sum of each money column, in table column order. */
  readonly sums: ReadonlyMap<string, ReadonlyMap<unknown, Float64Array>>;
}

/** Where the floor finds what it needs in one table. */
interface FloorColumns {
  /** Position of the Partner ID column, or -1. */
  readonly partner: number;
  /** Position of the Tactic ID column, or -1. */
  readonly tactic: number;
  /** Per column position: its slot among the money columns, or -1. */
  readonly moneySlot: Int32Array;
  readonly moneyCount: number;
}

function floorColumns(raw: RawTable): FloorColumns {
  const spec = tableSpec(raw.name);
  const byHeader = new Map<string, string>(spec ? spec.columns.map((c) => [normalizeHeader(c.header), c.key]) : []);
  const moneyKeys = new Set(spec ? spec.columns.filter((c) => c.type === "money" || (raw.name === "JmpOutcomes" && c.key === "value")).map((c) => c.key) : []);
  const moneySlot = new Int32Array(raw.headers.length).fill(-1);
  let partner = -1;
  let tactic = -1;
  let moneyCount = 0;
  raw.headers.forEach((header, i) => {
    const key = byHeader.get(normalizeHeader(header));
    if (key === "partnerId" && partner < 0) partner = i;
    if (key === "tacticId" && tactic < 0) tactic = i;
    if (key !== undefined && moneyKeys.has(key)) moneySlot[i] = moneyCount++;
  });
  return { partner, tactic, moneySlot, moneyCount };
}

/** Runs the floor pass over every table (tactics must come before claims, as in a workbook). */
export function floorPass(tables: readonly RawTable[]): FloorResult {
  let cells = 0;
  let numbers = 0;
  const sums = new Map<string, Map<unknown, Float64Array>>();
  const tacticPartner = new Map<unknown, unknown>();
  for (const raw of tables) {
    const cols = floorColumns(raw);
    const byPartner = new Map<unknown, Float64Array>();
    sums.set(raw.name, byPartner);
    const isTactics = raw.name === "JmpTactics";
    const isClaims = raw.name === "JmpClaims";
    for (const row of raw.rows) {
      let partner: unknown = cols.partner >= 0 ? row[cols.partner] : undefined;
      if (isTactics && cols.tactic >= 0) tacticPartner.set(row[cols.tactic], partner);
      if (isClaims && cols.tactic >= 0) partner = tacticPartner.get(row[cols.tactic]);
      let acc: Float64Array | undefined;
      if (cols.moneyCount > 0 && partner !== undefined) {
        acc = byPartner.get(partner);
        if (!acc) {
          acc = new Float64Array(cols.moneyCount);
          byPartner.set(partner, acc);
        }
      }
      for (let i = 0; i < row.length; i++) {
        const cell = row[i];
        cells++;
        if (typeof cell === "number") {
          numbers++;
          const slot = i < cols.moneySlot.length ? cols.moneySlot[i] : -1;
          if (acc && slot >= 0) acc[slot] += cell;
        }
      }
    }
  }
  return { cells, numbers, sums };
}
