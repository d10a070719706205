/**
 * The plan's own tactic types (SPEC section 9). The Tactic Types table is read once per
 * analysis, before the Tactics, whose Tactic type cells are then checked against it (V05 for a
 * type it does not list). A workbook without the table (made with template version 1), or with
 * none listed in it, keeps the default types, so an older plan reads as it always did.
 */
import type { Maybe, TacticTypeEntry } from "../../model/plan";
import { requireTableSpec, TACTIC_TYPE_DESCRIPTIONS, TACTIC_TYPES } from "../../model/schema";
import type { ColumnSpec } from "../../model/schema";
import { CellReader } from "./cellReader";
import { foldEnumText } from "./cellVocabulary";
import type { FindingSink } from "../findings/findingSink";
import type { FoundTable } from "./readActivity";
import { scanRows } from "./rowScan";

/**
 * The most types a plan can list: a tactic's type is held as its position in the list in a
 * signed byte (see store/activityColumns.ts), -1 meaning none.
 */
export const MAX_TACTIC_TYPES = 128;

/** The default types, as a plan without its own list has them. */
export const DEFAULT_TACTIC_TYPES: readonly TacticTypeEntry[] = Object.freeze(
  TACTIC_TYPES.map((name) => Object.freeze({ name, description: TACTIC_TYPE_DESCRIPTIONS[name], active: true, row: null })),
);

const SPEC = requireTableSpec("JmpTacticTypes");

/**
 * The plan's tactic types from its Tactic Types table (absent: the defaults). A type listed
 * twice, compared as Tactic type cells are (trimmed, spaces collapsed, any case), is V08 and
 * only its first row is read.
 */
export function readTacticTypes(found: Maybe<FoundTable>, sink: FindingSink): readonly TacticTypeEntry[] {
  if (!found) return DEFAULT_TACTIC_TYPES;
  const { raw, slots } = found;
  const reader = new CellReader(SPEC, sink);
  const firstRow = new Map<string, number>();
  const types: TacticTypeEntry[] = [];
  scanRows(raw, slots, (cells, row) => {
    reader.begin(cells, row);
    const name = reader.text(slots.tacticType);
    const description = reader.text(slots.description);
    const active = reader.yesNo(slots.active, true);
    if (name === "") return;
    const key = foldEnumText(name);
    const first = firstRow.get(key);
    if (first !== undefined) {
      sink.add("V08", SPEC, row, "tacticType", `${name} is already listed on row ${first}; this row is not read`);
    } else if (types.length === MAX_TACTIC_TYPES) {
      sink.add("V05", SPEC, row, "tacticType", `The plan lists more than ${MAX_TACTIC_TYPES} tactic types; ${name} is not read`);
    } else {
      firstRow.set(key, row);
      types.push({ name, description, active, row });
    }
  });
  return types.length > 0 ? types : DEFAULT_TACTIC_TYPES;
}

/**
 * The Tactics table with its Tactic type column checked against `types` instead of the
 * schema's defaults: the column's spec gets the plan's list as its allowed values.
 */
export function withPlanTypes(tactics: FoundTable, types: readonly TacticTypeEntry[]): FoundTable {
  if (types === DEFAULT_TACTIC_TYPES) return tactics;
  const slot = tactics.slots.tacticType;
  const spec: ColumnSpec = { ...slot.spec, values: types.map((t) => t.name) };
  return { raw: tactics.raw, slots: { ...tactics.slots, tacticType: { spec, index: slot.index } } };
}
