/**
 * Lookups the functions need over one analysis, built once per analysis and shared by every
 * function cell: partners and initiatives by ID and by name, the JMP tables that are missing or
 * lack a required column, and error counts per partner. With 2,000 cells on a sheet each cell's
 * value is then a few map lookups, not a scan.
 */
import type { Analysis, InitiativeFigures, PartnerFigures } from "../engine";
import { idKey } from "../model/ids";
import { TABLES } from "../model/schema";
import type { TableName } from "../model/schema";

/** Entries findable by ID key and by name key. */
export interface Catalogue<T> {
  readonly byId: ReadonlyMap<string, T>;
  /** Several entries can share a name. */
  readonly byName: ReadonlyMap<string, readonly T[]>;
}

/** The lookups of one analysis. */
export interface PlanDirectory {
  readonly partners: Catalogue<PartnerFigures>;
  readonly initiatives: Catalogue<InitiativeFigures>;
  /** True when the workbook has none of the JMP tables. */
  readonly noPlan: boolean;
  /** JMP tables the workbook lacks (S01). */
  readonly missingTables: ReadonlySet<TableName>;
  /** The first required column each table lacks (S02), by table. */
  readonly missingColumns: ReadonlyMap<TableName, string>;
  /** Error findings in all. */
  readonly errors: number;
  /** Error findings per partner ID key. */
  readonly errorsByPartner: ReadonlyMap<string, number>;
}

/**
 * How a typed name is compared: trimmed, runs of spaces as one, case ignored. (IDs are compared
 * as the engine compares them, `idKey`: inner spaces count there, as in Excel's lookups.)
 */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toUpperCase();
}

const DIRECTORIES = new WeakMap<Analysis, PlanDirectory>();

/** The directory of an analysis, built on first use. */
export function planDirectory(analysis: Analysis): PlanDirectory {
  let directory = DIRECTORIES.get(analysis);
  if (!directory) {
    directory = buildDirectory(analysis);
    DIRECTORIES.set(analysis, directory);
  }
  return directory;
}

function catalogue<T extends { readonly key: string; readonly name: string }>(entries: readonly T[]): Catalogue<T> {
  const byId = new Map<string, T>();
  const byName = new Map<string, T[]>();
  for (const entry of entries) {
    byId.set(entry.key, entry);
    const key = nameKey(entry.name);
    if (key === "") continue;
    const same = byName.get(key);
    if (same) same.push(entry);
    else byName.set(key, [entry]);
  }
  return { byId, byName };
}

function buildDirectory(analysis: Analysis): PlanDirectory {
  const missingTables = new Set<TableName>();
  const missingColumns = new Map<TableName, string>();
  const errorsByPartner = new Map<string, number>();
  let errors = 0;
  for (const f of analysis.findings) {
    const table = TABLES.find((t) => t.name === f.table)?.name;
    if (f.code === "S01" && table) missingTables.add(table);
    if (f.code === "S02" && table && f.column !== null && !missingColumns.has(table)) missingColumns.set(table, f.column);
    if (f.severity !== "error") continue;
    errors += 1;
    if (f.partner !== null) {
      const key = idKey(f.partner);
      errorsByPartner.set(key, (errorsByPartner.get(key) ?? 0) + 1);
    }
  }
  return {
    partners: catalogue(analysis.partners),
    initiatives: catalogue(analysis.initiatives),
    noPlan: missingTables.size === TABLES.length,
    missingTables,
    missingColumns,
    errors,
    errorsByPartner,
  };
}
