/**
 * Failures as the pane shows them: a title naming what failed, the reason, and what to do next.
 * This is the one place errors become words (STYLE: errors are mapped at the boundary).
 */
import type { UnreadableReason } from "../../workbook/xlsx/errors";

/** What the pane was doing when it failed. */
export type TaskKind = "open" | "read" | "apply" | "write" | "edit" | "save" | "select" | "pack" | "merge";

/** A failure the user can act on. */
export interface Problem {
  readonly title: string;
  readonly message: string;
  /** What to do next, one sentence. */
  readonly next: string;
}

const TITLES: Record<TaskKind, string> = {
  open: "The file could not be opened",
  read: "The plan could not be read",
  apply: "The template could not be set up",
  write: "The dashboard could not be refreshed",
  edit: "The change was not saved",
  save: "The workbook could not be saved",
  select: "The cell could not be selected",
  pack: "The partner pack could not be made",
  merge: "The partner pack could not be imported",
};

const GENERIC_NEXT: Record<TaskKind, string> = {
  open: "Check that the file is an Excel workbook (.xlsx), then open it again.",
  read: "Press Check again. If it keeps failing, close and reopen the workbook.",
  apply: "Press the button again. If it keeps failing, close and reopen the workbook.",
  write: "Press Refresh dashboard sheet again. If it keeps failing, close and reopen the workbook.",
  edit: "Press Save row again. If it keeps failing, download the workbook and open it again.",
  save: "Try Download again; if it keeps failing, refresh the page and open the file again.",
  select: "Press Check again: the sheet may have been renamed or deleted since the check.",
  pack: "Press Check, pick the partner again and export again.",
  merge: "Check that the file is a filled pack made from this plan, then import it again.",
};

/** What to do about a file the xlsx reader refused, by its reason. */
const FILE_NEXT: Record<UnreadableReason, string> = {
  tooLarge: "Open a smaller workbook, or remove sheets the plan does not need and save it again.",
  notZip: "Choose an Excel workbook (.xlsx). Save .xls or .csv files as Excel Workbook in Excel first.",
  notWorkbook: "Choose an Excel workbook (.xlsx). Save other files as Excel Workbook in Excel first.",
  encrypted: "Remove the password in Excel (File > Info > Protect Workbook), save, and open it again.",
  truncated: "The file is incomplete: download or copy it again, then open the new copy.",
  tooManyEntries: "The file is refused for safety. Open it in Excel and save a clean copy.",
  tooLargeUncompressed: "The file is refused for safety. Open it in Excel and save a clean copy.",
  zipBomb: "The file is refused for safety. Open it in Excel and save a clean copy.",
  tooManyCells: "Remove huge merged ranges or whole-column validations in Excel, save, and open it again.",
  corrupt: "Open the file in Excel, let Excel repair it, save it, and open it again.",
};

/**
 * A change browser mode refuses because saving it would drop parts of the file (a pivot table, a
 * slicer... on a sheet the save rewrites): the file is fine, so the advice is where the change
 * can be made, whatever the task was.
 */
const PARTS_NOT_CARRIED_NEXT = "Make this change with the add-in inside Excel, or move those parts to a sheet of your own in Excel, save, and open the file again.";

/** A file chosen as a filled pack that is no pack: pane users make packs with the button above the import. */
const NOT_A_PACK_NEXT = "Choose a filled pack: make one with Export pack above, send it to the partner, and import the copy they fill in.";

/** Office.js error codes with a more precise next step than the generic one. */
const OFFICE_NEXT: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: "Finish editing the cell (press Enter or Esc), then try again.",
  ItemNotFound: "A JMP sheet or table was renamed or deleted. Press Check again.",
  AccessDenied: "The workbook or a sheet is protected. Unprotect it in Excel (Review > Unprotect), then try again.",
  RequestPayloadSizeLimitExceeded: "The plan is too large to send to Excel at once. Split the plan into smaller workbooks.",
};

function reasonOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return "An unexpected error occurred.";
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** The problem to show for a failure while doing `kind`. */
export function problemOf(kind: TaskKind, error: unknown): Problem {
  const message = reasonOf(error);
  let next = GENERIC_NEXT[kind];
  const code = codeOf(error);
  // The xlsx adapters' refusals are compared by name, so this module stays free of ExcelJS; the reader's carry their reason.
  if (error instanceof Error && error.name === "PartsNotCarriedError") {
    next = PARTS_NOT_CARRIED_NEXT;
  } else if (error instanceof Error && error.name === "PackError" && (error as Error & { reason?: string }).reason === "notPack") {
    next = NOT_A_PACK_NEXT;
  } else if (error instanceof Error && error.name === "UnreadableWorkbookError") {
    const reason = (error as Error & { reason?: UnreadableReason }).reason;
    if (reason && reason in FILE_NEXT) next = FILE_NEXT[reason];
  } else if (code && code in OFFICE_NEXT) next = OFFICE_NEXT[code];
  return { title: TITLES[kind], message, next };
}
