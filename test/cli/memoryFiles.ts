/**
 * Workbook files kept in memory as raw tables, for CLI tests about arguments, filters and exit
 * codes that need no .xlsx round trip. Saving writes a placeholder file so the CLI's
 * write-then-rename step runs for real.
 */
import { writeFile } from "node:fs/promises";
import type { WorkbookFile, WorkbookFiles } from "../../src/cli/workbookFiles";
import type { Analysis } from "../../src/engine";
import type { RawTable } from "../../src/model/rawTable";
import { TEMPLATE_VERSION } from "../../src/model/schema";

/** Files by path, and what the commands wrote. */
export interface MemoryFiles extends WorkbookFiles {
  /** The last analysis handed to `writeResults`, by saved path. */
  readonly results: Map<string, Analysis>;
}

/** A workbook port over fixed tables. */
function memoryWorkbook(tables: readonly RawTable[], onSave: (path: string, analysis: Analysis | undefined) => void): WorkbookFile {
  let written: Analysis | undefined;
  return {
    readTables: async (options) => {
      options?.onProgress?.(0, tables.length);
      options?.onProgress?.(tables.length, tables.length);
      return [...tables];
    },
    applyTemplate: async () => ({ tablesAdded: [], columnsAdded: [], settingsAdded: [], version: TEMPLATE_VERSION }),
    writeResults: async (analysis) => {
      written = analysis;
    },
    saveAs: async (path) => {
      await writeFile(path, "saved");
      onSave(path, written);
    },
  };
}

/** Workbook files whose content is `byPath`; other paths do not exist. */
export function memoryFiles(byPath: Record<string, readonly RawTable[]>): MemoryFiles {
  const results = new Map<string, Analysis>();
  const onSave = (path: string, analysis: Analysis | undefined): void => {
    if (analysis) results.set(path, analysis);
  };
  return {
    results,
    open: async (path) => {
      const tables = byPath[path];
      if (!tables) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT", path });
      return memoryWorkbook(tables, onSave);
    },
    create: async () => memoryWorkbook([], onSave),
  };
}
