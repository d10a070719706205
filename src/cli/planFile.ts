/**
 * The steps most commands share: open a workbook file, read its JMP tables (with progress on a
 * terminal), analyze them; and write a workbook back without risking the original.
 */
import { chmod, copyFile, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { analyze } from "../engine";
import type { Analysis } from "../engine";
import type { CommandContext } from "./command";
import { CliError, describeError, fileSystemReason } from "./errors";
import { println } from "./io";
import { progress } from "./progress";
import { describeUncarried } from "../workbook/xlsx/uncarriedParts";
import type { EditableWorkbookFile, TableSource, WorkbookFile } from "./workbookFiles";
import { announceTemporaryFile } from "./temporaryFile";

/** Reads and analyzes the plan of a workbook already open. */
export async function analyzeWorkbook(context: CommandContext, workbook: TableSource, label: string): Promise<Analysis> {
  const shown = progress(context.io, `Reading ${label}`);
  try {
    const tables = await workbook.readTables({ onProgress: shown.listener });
    shown.status("Checking the plan");
    return analyze(tables);
  } finally {
    announceTemporaryFile(undefined);
    shown.done();
  }
}

/** Opens `path`, showing progress. Rejects with a one-line reason when it cannot be read. */
export async function openWorkbook(context: CommandContext, path: string): Promise<WorkbookFile> {
  return openShowing(context, path, (p) => context.files.open(p));
}

/** Opens `path` to edit its cells in place or read it as a partner pack; refused where the files cannot be. */
export async function openEditable(context: CommandContext, path: string): Promise<EditableWorkbookFile> {
  const open = context.files.openEditable;
  if (!open) throw new CliError(`${path}: partner packs need an .xlsx workbook`);
  return openShowing(context, path, (p) => open(p));
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
    announceTemporaryFile(undefined);
    shown.done();
  }
}

/** Opens `path` only to read its JMP tables (streamed where the files allow), showing progress. */
export async function openTables(context: CommandContext, path: string): Promise<TableSource> {
  return openShowing(context, path, (p) => (context.files.openTables ?? context.files.open)(p));
}

/** Opens `path` and analyzes its plan; the file is only read. */
export async function openAndAnalyze(context: CommandContext, path: string): Promise<Analysis> {
  return analyzeWorkbook(context, await openTables(context, path), basename(path));
}

/** The file a save must change: the target of a symbolic link (so the link stays a link). */
async function realTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    // A file not there yet (or a dangling link) is created where it is named.
    return path;
  }
}

/** How a save may go. */
export interface SaveOptions {
  /** Save even when parts of the workbook would be dropped, saying which on stderr. */
  readonly force?: boolean;
}

/** What saving `workbook` would drop, in words ("manual page breaks (xl/worksheets/sheet6.xml)"), or undefined when nothing. */
export function partsASaveDrops(workbook: WorkbookFile): string | undefined {
  const lost = workbook.partsLostOnSave?.() ?? [];
  return lost.length === 0 ? undefined : describeUncarried(lost);
}

/** Refuses a save that would drop parts of the workbook (a part we cannot carry is refused, never dropped), or says what `force` drops. */
function checkCarried(context: CommandContext, workbook: WorkbookFile, path: string, force: boolean): void {
  const parts = partsASaveDrops(workbook);
  if (parts === undefined) return;
  if (!force) {
    throw new CliError(`${path}: the workbook holds ${parts}, which saving with jmp would drop; nothing was saved (--force saves without them; or use the add-in inside Excel)`);
  }
  println(context.io.stderr, `jmp: --force: ${path} is saved without ${parts}`);
}

/**
 * Saves `workbook` over `path` without risking it: written next to the real file under a
 * temporary name first, so a failure half way never leaves a damaged plan behind.
 * - A symbolic link is followed: the file it points to gets the change, the link stays.
 * - A file with other hard links is written in place (the temporary copy is copied over it), so
 *   every name still shows the same file; a plain file is replaced by renaming the copy.
 * - A file marked read-only (no write permission for anyone) is refused, as Excel refuses it,
 *   even for a user (root) whom the file system would let write.
 * - A workbook with parts the save would drop (charts, pivot tables, external links...) is
 *   refused, unless `force`, which says on stderr what is dropped.
 */
export async function saveReplacing(context: CommandContext, workbook: WorkbookFile, path: string, options: SaveOptions = {}): Promise<void> {
  const shown = progress(context.io, "Saving");
  shown.status(`Saving ${basename(path)}`);
  const target = await realTarget(path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp.xlsx`);
  let keepTemporary = false;
  try {
    checkCarried(context, workbook, path, options.force === true);
    const existing = await stat(target).catch(() => undefined);
    if (existing && (existing.mode & 0o222) === 0) {
      throw new CliError(`${path}: the file is read-only; nothing was saved (make it writable, or save under another name)`);
    }
    announceTemporaryFile(temporary);
    await workbook.saveAs(temporary);
    if (existing && existing.nlink > 1) {
      try {
        await copyFile(temporary, target);
      } catch (error) {
        // The original may be half written now: the complete save is kept for the user.
        keepTemporary = true;
        throw new CliError(`${path}: ${fileSystemReason(error) ?? describeError(error)}; the complete save is in ${temporary}`);
      }
      await unlink(temporary);
      return;
    }
    if (existing) await chmod(temporary, existing.mode);
    await rename(temporary, target);
  } catch (error) {
    if (!keepTemporary) await unlink(temporary).catch(() => undefined);
    if (error instanceof CliError) throw error;
    // Name the plan, not the temporary file the failure happened on.
    const reason = fileSystemReason(error);
    throw reason ? new CliError(`${path}: ${reason}`) : error;
  } finally {
    announceTemporaryFile(undefined);
    shown.done();
  }
}
