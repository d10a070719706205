/**
 * Plans the merge of a filled partner pack into its plan (SPEC section 7), without touching
 * either: rows are matched by ID (Joint Plan rows by their partner-initiative pair); new rows are
 * added, partner-owned cells the partner changed are updated, nothing is deleted (a packed row
 * the pack no longer holds is `kept`), vendor-owned columns are never taken, rows of another
 * partner are refused whole, and rows changed on both sides since packing are conflicts.
 */
import { idKey } from "../../model/ids";
import type { RawTable } from "../../model/rawTable";
import { requireTableSpec } from "../../model/schema";
import type { TableName, TableSpec } from "../../model/schema";
import { allocationEdits } from "./allocationEdits";
import { rowFingerprint } from "./fingerprint";
import type { ShownValue } from "./fingerprint";
import { findRawTable, keyedTable, rowId } from "./keyedRows";
import type { KeyedRow, KeyedTable } from "./keyedRows";
import type { AddedEntry, ChangedEntry, ConflictEntry, CellWrite, KeptEntry, MergePlan, RefusedEntry, RowAppend } from "./mergeTypes";
import { newRow } from "./newRows";
import { packColumnProblems } from "./packColumns";
import { withPackPlaces } from "./packPlaces";
import { guardedPackCellReader } from "./packCellGuard";
import { columnKeys, PARTNER_TABLES, REFERENCE_TABLES } from "./provenance";
import type { PackedRow, PackProvenance } from "./provenance";
import { REASONS } from "./reasons";
import { referenceEdits } from "./referenceEdits";
import { appliedValue, olderCopyThan } from "./packWrites";
import type { PackWrites } from "./packWrites";
import { shownSettings } from "./packSelection";
import { parse } from "../read/parse";
import { diffRow } from "./rowDiff";
import { decidingCells } from "./decidingCells";
import type { PackCellReader } from "./rowDiff";

/** What a merge compares. */
export interface MergeInput {
  /** The plan's tables as read now. */
  readonly plan: readonly RawTable[];
  /** The filled pack's tables. */
  readonly pack: readonly RawTable[];
  readonly provenance: PackProvenance;
  /**
   * Reads a cell the partner typed into a partner-owned column (text in its own number format,
   * see packConventions.ts) as the plan should hold it; unset: taken as it is.
   */
  readonly readPackCell?: PackCellReader;
  /** What earlier merges of this same pack applied, by `appliedKey` (see `appliedByThisPack`); unset: none. */
  readonly appliedBefore?: PackWrites;
}

/** Who owns a row: a partner key, or undefined when the row names none. */
type Owner = string | undefined;

/** Collects the plan while the tables are walked. */
class MergeBuilder implements MergePlan {
  readonly added: AddedEntry[] = [];
  readonly changed: ChangedEntry[] = [];
  readonly conflicts: ConflictEntry[] = [];
  readonly refused: RefusedEntry[] = [];
  readonly kept: KeptEntry[] = [];
  readonly cellWrites: CellWrite[] = [];
  readonly rowAppends: RowAppend[] = [];
}

/** Partner keys of the tactics of a table by tactic key; a key two partners use maps to both. */
function tacticOwners(tactics: KeyedTable): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const row of tactics.rows) {
    if (row.key === undefined) continue;
    const set = owners.get(row.key) ?? new Set<string>();
    set.add(rowId(row.cells.get("partnerId"))?.key ?? "");
    owners.set(row.key, set);
  }
  return owners;
}

/**
 * The partner a tactic key belongs to: undefined when the key is unknown or its tactic names no
 * partner, "" (nobody's) when two partners use it.
 */
function onlyOwner(owners: Set<string> | undefined): Owner {
  if (!owners) return undefined;
  if (owners.size > 1) return "";
  const [owner] = owners;
  return owner === "" ? undefined : owner;
}

/** The tables whose rows decide the Settings a pack shows (lower case). */
const SHOWN_FROM = new Set(["jmpsettings", "jmppartners"]);

/** Walks the partner tables of one merge. */
class Merger {
  private readonly out = new MergeBuilder();
  private readonly partnerKey: string;
  private readonly partnerId: string;
  private readonly planTactics: Map<string, Set<string>>;
  private readonly packTactics: Map<string, Set<string>>;
  /** Tactic keys of the pack that are this partner's (in the plan, or added now). */
  private readonly ownPackTactics = new Set<string>();
  private readonly packed = new Map<TableName, Map<string, PackedRow>>();
  private readonly packedWithoutId = new Map<TableName, PackedRow[]>();
  private readonly readPackCell: PackCellReader;
  private readonly appliedBefore: PackWrites | undefined;
  private readonly packRaw: readonly RawTable[];

  constructor(
    input: MergeInput,
    private readonly plan: readonly RawTable[],
    private readonly planTables: ReadonlyMap<TableName, KeyedTable>,
    private readonly packTables: ReadonlyMap<TableName, KeyedTable>,
  ) {
    this.partnerId = input.provenance.partnerId;
    this.readPackCell = guardedPackCellReader(input.readPackCell ?? ((_column, value) => value));
    this.packRaw = input.pack;
    this.appliedBefore = input.appliedBefore;
    this.partnerKey = idKey(input.provenance.partnerId);
    this.planTactics = tacticOwners(this.planTable("JmpTactics"));
    this.packTactics = tacticOwners(this.packTable("JmpTactics"));
    for (const row of input.provenance.rows) {
      if (row.key === "") {
        const list = this.packedWithoutId.get(row.table) ?? [];
        list.push(row);
        this.packedWithoutId.set(row.table, list);
      } else {
        const byKey = this.packed.get(row.table) ?? new Map<string, PackedRow>();
        if (!byKey.has(row.key)) byKey.set(row.key, row);
        this.packed.set(row.table, byKey);
      }
    }
  }

  private planTable(name: TableName): KeyedTable {
    return this.planTables.get(name) as KeyedTable;
  }

  private packTable(name: TableName): KeyedTable {
    return this.packTables.get(name) as KeyedTable;
  }

  /**
   * A reference table of the plan as the pack showed it: the plan's, but Settings as
   * `shownSettings` wrote them (the partner's currency and number format).
   */
  private shownInPack(name: TableName): KeyedTable {
    const table = this.planTable(name);
    if (name !== "JmpSettings") return table;
    // Only Settings and Partners say what the pack showed: the large tables are not parsed again.
    const small = parse(this.plan.filter((t) => typeof t.name === "string" && SHOWN_FROM.has(t.name.toLowerCase()))).data;
    return { ...table, rows: shownSettings(table.rows, small, this.partnerKey), columns: new Set([...table.columns, "setting", "value"]) };
  }

  run(): MergePlan {
    for (const name of PARTNER_TABLES) this.mergeTable(requireTableSpec(name));
    for (const name of REFERENCE_TABLES) this.out.refused.push(...referenceEdits(this.shownInPack(name), this.packTable(name), this.planTable(name)));
    this.out.refused.push(...allocationEdits(this.planTable("JmpAllocations"), this.packTable("JmpAllocations"), this.packed.get("JmpAllocations")));
    return this.out;
  }

  /** The partner of the tactic keyed `tactic`, as the plan knows it, or the pack when the plan does not. */
  private tacticOwner(tactic: string, side: "plan" | "pack"): Owner {
    const inPlan = this.planTactics.get(tactic);
    if (inPlan || side === "plan") return onlyOwner(inPlan);
    if (this.ownPackTactics.has(tactic)) return this.partnerKey;
    return onlyOwner(this.packTactics.get(tactic));
  }

  /** The owner of a row: its Partner ID, or for a claim the partner of its tactic. */
  private owner(row: KeyedRow, side: "plan" | "pack"): Owner {
    if (row.table !== "JmpClaims") return rowId(row.cells.get("partnerId"))?.key;
    const tactic = rowId(row.cells.get("tacticId"))?.key;
    return tactic === undefined ? undefined : this.tacticOwner(tactic, side);
  }

  /** Refuses a pack row whose owner is not the pack's partner; true when refused. */
  private refuseForeign(spec: TableSpec, row: KeyedRow): boolean {
    const owner = this.owner(row, "pack");
    if (owner === this.partnerKey) {
      // An outcome may name its own partner and still credit another partner's tactic.
      // (A claim's owner is its tactic's already; a tactic's Tactic ID is its own.)
      const tactic = spec.name === "JmpClaims" || spec.name === "JmpTactics" ? undefined : rowId(row.cells.get("tacticId"));
      const tacticOwner = tactic === undefined ? undefined : this.tacticOwner(tactic.key, "pack");
      if (tactic === undefined || tacticOwner === undefined || tacticOwner === this.partnerKey) return false;
      this.out.refused.push({ table: spec.name, id: row.id, packRow: row.row, reason: REASONS.foreignTactic(tactic.text, this.partnerId) });
      return true;
    }
    let reason: string;
    if (spec.name === "JmpClaims") {
      const tactic = rowId(row.cells.get("tacticId"));
      reason = tactic ? REASONS.foreignTactic(tactic.text, this.partnerId) : REASONS.noTactic;
    } else {
      const named = rowId(row.cells.get("partnerId"));
      reason = named ? REASONS.otherPartner(named.text, this.partnerId) : REASONS.noPartner;
    }
    this.out.refused.push({ table: spec.name, id: row.id, packRow: row.row, reason });
    return true;
  }

  private mergeTable(spec: TableSpec): void {
    const plan = this.planTable(spec.name);
    const pack = this.packTable(spec.name);
    this.out.refused.push(...packColumnProblems(spec, findRawTable(this.packRaw, spec.name)));
    const planByKey = new Map<string, KeyedRow>();
    for (const row of plan.rows) if (row.key !== undefined && !planByKey.has(row.key)) planByKey.set(row.key, row);
    const seen = new Set<string>();
    const unmatched = [...(this.packedWithoutId.get(spec.name) ?? [])];
    const planFingerprints = new Set(plan.rows.filter((r) => r.key === undefined && this.owner(r, "plan") === this.partnerKey).map((r) => rowFingerprint(r.cells, columnKeys(spec))));
    for (const row of pack.rows) {
      if (row.key === undefined) {
        // A row without its own identity cannot be found again: taken now, every corrected copy
        // of the pack would add it once more. Only an unchanged one passes (it asks nothing).
        if (!this.unchangedWithoutId(spec, row, unmatched, planFingerprints)) this.out.refused.push({ table: spec.name, id: row.id, packRow: row.row, reason: REASONS.noId(spec) });
        continue;
      }
      if (seen.has(row.key)) {
        this.out.refused.push({ table: spec.name, id: row.id, packRow: row.row, reason: REASONS.duplicate(spec) });
        continue;
      }
      seen.add(row.key);
      this.mergeRow(spec, row, planByKey.get(row.key), plan, pack);
    }
    for (const [key, packed] of this.packed.get(spec.name) ?? []) {
      if (!seen.has(key)) this.out.kept.push({ table: spec.name, id: packed.id, planRow: planByKey.get(key)?.row });
    }
    for (const packed of unmatched) this.out.kept.push({ table: spec.name, id: packed.id });
  }

  private mergeRow(spec: TableSpec, row: KeyedRow, planRow: KeyedRow | undefined, plan: KeyedTable, pack: KeyedTable): void {
    if (this.refuseForeign(spec, row)) return;
    const key = row.key as string;
    if (spec.name === "JmpTactics") this.ownPackTactics.add(key);
    const packed = this.packed.get(spec.name)?.get(key);
    if (!planRow) {
      if (!packed) return this.add(spec, row, plan, pack);
      // The vendor removed the row after packing: bring it back only by hand.
      if (rowFingerprint(row.cells, columnKeys(spec)) !== packed.fingerprint) {
        this.out.conflicts.push({ table: spec.name, id: row.id, packRow: row.row, reason: REASONS.removedFromPlan, columns: [] });
      }
      return;
    }
    if (this.owner(planRow, "plan") !== this.partnerKey) {
      this.out.refused.push({ table: spec.name, id: row.id, packRow: row.row, planRow: planRow.row, reason: REASONS.otherPartnerInPlan(this.partnerId) });
      return;
    }
    const before = {
      applied: (column: string) => appliedValue(this.appliedBefore, spec.name, row.id, column),
      olderThan: (column: string, packValue: ShownValue) => olderCopyThan(this.appliedBefore, spec.name, row.id, column, packValue),
    };
    const diff = diffRow(spec, planRow, row, packed, { plan: plan.columns, pack: pack.columns }, this.readPackCell, before);
    // Most rows of a pack come back unchanged: nothing to list, nothing to word.
    if (diff.refused.length === 0 && !diff.conflict && diff.changes.length === 0) return;
    const deciding = decidingCells(spec, planRow, diff.changes);
    for (const cell of diff.refused) {
      this.out.refused.push({ table: spec.name, id: row.id, packRow: row.row, planRow: planRow.row, column: cell.column, plan: cell.plan, pack: cell.pack, ...deciding, reason: cell.reason });
    }
    if (diff.conflict) {
      this.out.conflicts.push({ table: spec.name, id: row.id, planRow: planRow.row, packRow: row.row, ...diff.conflict, ...deciding });
      return;
    }
    if (diff.changes.length === 0) return;
    this.out.changed.push({
      table: spec.name,
      id: row.id,
      planRow: planRow.row,
      packRow: row.row,
      columns: diff.changes.map(({ column, plan: p, pack: k }) => ({ column, plan: p, pack: k })),
      ...deciding,
    });
    for (const change of diff.changes) this.out.cellWrites.push({ table: spec.name, row: planRow.row, column: change.key, value: change.value });
  }

  /** True when a row without an ID matches a packed row (each once) or a plan row of the partner whole. */
  private unchangedWithoutId(spec: TableSpec, row: KeyedRow, unmatched: PackedRow[], planFingerprints: ReadonlySet<string>): boolean {
    const fingerprint = rowFingerprint(row.cells, columnKeys(spec));
    const same = unmatched.findIndex((p) => p.fingerprint === fingerprint);
    if (same >= 0) unmatched.splice(same, 1);
    return same >= 0 || planFingerprints.has(fingerprint);
  }

  private add(spec: TableSpec, row: KeyedRow, plan: KeyedTable, pack: KeyedTable): void {
    const made = newRow(spec, row, plan.columns, pack.columns, this.readPackCell);
    if (made.added && made.append) {
      this.out.added.push(made.added);
      this.out.rowAppends.push(made.append);
    }
    this.out.refused.push(...made.refused);
  }
}

function tablesOf(raw: readonly RawTable[], names: readonly TableName[]): Map<TableName, KeyedTable> {
  return new Map(names.map((name) => [name, keyedTable(requireTableSpec(name), findRawTable(raw, name))]));
}

/** Plans the merge of a pack into its plan; pure, never throws on any cell value. */
export function planMerge(input: MergeInput): MergePlan {
  const names: TableName[] = [...PARTNER_TABLES, "JmpAllocations", ...REFERENCE_TABLES];
  return withPackPlaces(new Merger(input, input.plan, tablesOf(input.plan, names), tablesOf(input.pack, names)).run(), input.pack);
}
