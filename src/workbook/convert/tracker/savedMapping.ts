/**
 * A tracker mapping as saved between imports (`jmp import --save-mapping`, and in the plan
 * workbook by the task pane), so the same layout imports the same way every quarter. Columns are
 * named by their header text, not their position, so a column moved or added next quarter still
 * finds its field. The shape (documented in the README):
 *
 *     { "format": "jmp-tracker-mapping", "version": 1, "sheet": "MDF 2026", "headerRow": 4,
 *       "columns": { "Reseller": "partner", "Amt Requested": "requested", "Notes": null },
 *       "initiative": "Imported activities" }
 *
 * A column mapped to null is left out on purpose; a column the mapping does not name is mapped
 * as a new one would be.
 */
import { normalizeHeader } from "../../../model/schema";
import type { TrackerField } from "./fields";
import { isTrackerField } from "./fields";
import type { ColumnMapping } from "./mapColumns";

/** The `format` value that marks a saved mapping. */
export const MAPPING_FORMAT = "jmp-tracker-mapping";
/** The version of the shape written. */
export const MAPPING_VERSION = 1;

/** A saved mapping. */
export interface SavedMapping {
  readonly format: typeof MAPPING_FORMAT;
  readonly version: number;
  /** The sheet it was made from (used when the import is not told which sheet). */
  readonly sheet?: string;
  /** Sheet row of the (last) header row it was made from. */
  readonly headerRow?: number;
  /** Field of each column by header text; null: not imported. */
  readonly columns: Readonly<Record<string, TrackerField | null>>;
  /** The initiative every activity goes under when the tracker has no initiative column. */
  readonly initiative?: string;
}

/** A saved mapping that cannot be used. */
export class MappingFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MappingFormatError";
  }
}

/** The mapping to save for the columns used. */
export function savedMappingOf(sheet: string, headerRow: number, columns: readonly ColumnMapping[], initiative: string | undefined): SavedMapping {
  const entries: Record<string, TrackerField | null> = {};
  for (const c of columns) if (c.header !== "" && !(c.header in entries)) entries[c.header] = c.field ?? null;
  return { format: MAPPING_FORMAT, version: MAPPING_VERSION, sheet, headerRow, columns: entries, ...(initiative ? { initiative } : {}) };
}

/** Reads a saved mapping from parsed JSON; throws `MappingFormatError` saying what is wrong. */
export function parseSavedMapping(json: unknown): SavedMapping {
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new MappingFormatError("a mapping is a JSON object");
  const o = json as Record<string, unknown>;
  if (o.format !== MAPPING_FORMAT) throw new MappingFormatError(`not a tracker mapping (its "format" is not "${MAPPING_FORMAT}")`);
  if (typeof o.version !== "number" || o.version > MAPPING_VERSION) throw new MappingFormatError(`mapping version ${String(o.version)} is newer than this version of jmp reads`);
  if (typeof o.columns !== "object" || o.columns === null || Array.isArray(o.columns)) throw new MappingFormatError('a mapping needs a "columns" object');
  const columns: Record<string, TrackerField | null> = {};
  for (const [header, field] of Object.entries(o.columns as Record<string, unknown>)) {
    if (field !== null && !isTrackerField(field)) throw new MappingFormatError(`column "${header}" is mapped to "${String(field)}", which is not a tracker field`);
    columns[header] = field;
  }
  const sheet = typeof o.sheet === "string" ? o.sheet : undefined;
  const headerRow = typeof o.headerRow === "number" && Number.isInteger(o.headerRow) && o.headerRow > 0 ? o.headerRow : undefined;
  const initiative = typeof o.initiative === "string" && o.initiative.trim() !== "" ? o.initiative.trim() : undefined;
  return { format: MAPPING_FORMAT, version: o.version, sheet, headerRow, columns, initiative };
}

/** The saved field of each column one of whose labels the mapping names (compared as the template compares headers). */
export function savedFields(mapping: SavedMapping, variants: readonly (readonly string[])[]): Map<number, { field: TrackerField | undefined; label: string }> {
  const byHeader = new Map(Object.entries(mapping.columns).map(([h, f]) => [normalizeHeader(h), { field: f ?? undefined, label: h }]));
  const fixed = new Map<number, { field: TrackerField | undefined; label: string }>();
  variants.forEach((labels, i) => {
    for (const label of labels) {
      const saved = byHeader.get(normalizeHeader(label));
      if (label !== "" && saved) {
        fixed.set(i, { field: saved.field, label });
        return;
      }
    }
  });
  return fixed;
}
