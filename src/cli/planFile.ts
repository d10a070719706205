/**
 * The steps most commands share: open a workbook file, read its JMP tables (with progress on a
 * terminal), analyze them; and write a workbook back without risking the original.
 */
import { chmod, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { analyze } from "../engine";
import type { Analysis } from "../engine";
import type { CommandContext } from "./command";
import { CliError, describeError, fileSystemReason } from "./errors";
import { progress } from "./progress";
import type { WorkbookFile } from "./workbookFiles";

/** An opened workbook and its analysis. */
export interface AnalyzedFile {
  readonly workbook: WorkbookFile;
  readonly analysis: Analysis;
}

/** Reads and analyzes the plan of a workbook already open. */
export async function analyzeWorkbook(context: CommandContext, workbook: WorkbookFile, label: string): Promise<Analysis> {
  const shown = progress(context.io, `Reading ${label}`);
  try {
    const tables = await workbook.readTables({ onProgress: shown.listener });
    shown.status("Checking the plan");
    return analyze(tables);
  } finally {
    shown.done();
  }
}

/** Opens `path`, showing progress. Rejects with a one-line reason when it cannot be read. */
export async function openWorkbook(context: CommandContext, path: string): Promise<WorkbookFile> {
  return openShowing(context, path, (p) => context.files.open(p));
}

/** Opens `path` with `open`, showing progress; a failure becomes one line naming the file. */
export async function openShowing<T>(context: CommandContext, path: string, open: (path: string) => Promise<T>): Promise<T> {
  const shown = progress(context.io, "Opening");
  shown.status(`Opening ${basename(path)}`);
  try {
    return await open(path);
  } catch (error) {
    // Every reason names the file, whether or not the error did.
    const reason = describeError(error);
    throw new CliError(reason.startsWith(path) ? reason : `${path}: ${reason}`);
  } finally {
    shown.done();
  }
}

/** Opens `path` and analyzes its plan. */
export async function openAndAnalyze(context: CommandContext, path: string): Promise<AnalyzedFile> {
  const workbook = await openWorkbook(context, path);
  return { workbook, analysis: await analyzeWorkbook(context, workbook, basename(path)) };
}

/**
 * Saves `workbook` over `path` safely: written next to it under a temporary name first, then
 * renamed into place, so a failure half way never leaves a damaged plan behind.
 */
export async function saveReplacing(context: CommandContext, workbook: WorkbookFile, path: string): Promise<void> {
  const shown = progress(context.io, "Saving");
  shown.status(`Saving ${basename(path)}`);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp.xlsx`);
  try {
    await workbook.saveAs(temporary);
    const mode = await stat(path).then(
      (s) => s.mode,
      () => undefined,
    );
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    // Name the plan, not the temporary file the failure happened on.
    const reason = fileSystemReason(error);
    throw reason ? new CliError(`${path}: ${reason}`) : error;
  } finally {
    shown.done();
  }
}
