/**
 * `jmp --help`: the commands that exist, the report options and what each exit code means; and
 * `jmp COMMAND --help`: that command's synopsis, summary and its own `help`. What the report
 * writes is listed from the lists the report is written by, so the help cannot leave one out.
 */
import type { Command } from "./command";
import { PERIOD_KEYS, REPORT_KEYS } from "../engine/reportJson";
import { CSV_FILES, PERIOD_CSV_FILES } from "./report/csvReport";
import { listed } from "./words";

/** Help lines are at most this wide. */
const WIDTH = 100;
/** The column option texts start in. */
const OPTION_COLUMN = 19;

/** An option's help: its name, then `text` from the option column, wrapped within WIDTH. */
function optionHelp(name: string, text: string): string {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.length - 1;
    if (last >= 0 && OPTION_COLUMN + lines[last].length + 1 + word.length <= WIDTH) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.map((line, i) => `${(i === 0 ? `  ${name}` : "").padEnd(OPTION_COLUMN)}${line}`).join("\n");
}

/** The report command's options, in `jmp --help` and `jmp report --help`. */
export const REPORT_HELP = `Report options (at most one of --json, --csv, --html; without them a table is printed):
${optionHelp("--json", `The report as JSON: ${listed([...REPORT_KEYS])}; with --by also ${listed([...PERIOD_KEYS])} (--period: periods only).`)}
                   Money in currency units, ratios as fractions (0.75), null where undefined.
${optionHelp("--csv DIR", `Write ${listed([...CSV_FILES])} into DIR; with --by also ${listed([...PERIOD_CSV_FILES])}.`)}
  --html FILE      Write one self-contained HTML page with the figures and charts.
  --partner ID     Only this partner (its ID, or its name): totals are its figures, issues its own.
  --initiative ID  Only this initiative (ID or name); with --partner, the partner within it.
                   A filtered report leaves out the per-tactic-type figures.
  --by quarter|month  Also each fiscal quarter's (FY2027-Q1) or month's (2026-07) figures;
                   JSON "periods", ${listed([...PERIOD_CSV_FILES])}, or a table by period.
                   See Fiscal year start.
  --period LABEL   Only this quarter or month (implies --by): the table and the HTML page show
                   its figures in place of the whole plan's; JSON and CSV hold it alone in periods.
  --currency plan|partner  Money in the plan's currency (the default), or each partner's in its
                   own (totals stay in the plan's).`;

/** The import command's options, in `jmp --help` and `jmp import --help`. */
export const IMPORT_HELP = `Import options (the tracker is only read; -o PLAN must not exist yet):
  -o PLAN              The new plan to write; it must not exist yet.
  --into PLAN          Add the activities to an existing plan instead (another quarter's tab): rows an
                       earlier import made are updated, nothing else changes; --force as for saving.
  --sheet NAME         The tracker's sheet (default: the one that looks most like a list of activities).
  --header-row N       The sheet row of the (last) header row (default: found below titles and notes).
  --mapping FILE       Apply a saved mapping (columns by header -> fields), so a layout imports alike.
  --save-mapping FILE  Write the mapping used, to apply next time.
  --dry-run            Show what would be imported; write no plan.
  --json               The import as JSON: mapping with confidences, counts, skipped rows, review,
                       reconciliation with the tracker's totals row.`;

/** What `--force` does where a command saves over a workbook, in `jmp --help` and the help of apply, merge and import. */
export const SAVE_HELP = `Saving (apply, merge, import --into):
  --force  Save even when a part jmp cannot carry belongs to a sheet it rewrites (a pivot
           table, slicer, sparklines or threaded comments on a JMP table's sheet...); stderr
           names what is dropped. Without it such a workbook is refused and left as it was.
           Every part of the sheets jmp does not rewrite, and the charts and drawings of those
           it does, are kept byte for byte.`;

const EXIT_HELP = `Exit codes:
  0  Done (check: no findings).
  1  check: warnings only. merge: applied, but refused cells or rows or conflicts are listed.
     import: imported, with things to review listed (low-confidence columns, values mapped
     by similarity, rows skipped, facts the tracker does not hold). apply: saved, but columns
     it could not add (cells to the right of their tables in use) are listed.
  2  check: at least one error.
  3  Could not run: missing or unreadable file, wrong usage (an option given twice with two
     values included), unknown partner or initiative, a workbook with no JMP table given to
     report or to import --into (check lists the missing tables, exit 2), output that cannot
     be written, a file that is not a pack of this plan, a tracker with no recognisable header
     or an existing plan file given to import, a workbook holding parts a save would drop
     (without --force), a run past its memory or time budget (JMP_MEMORY_LIMIT_MB, default 4096;
     JMP_TIME_LIMIT_S, default 600). One line on stderr says why.`;

/** Exit code 3 as a command's own help gives it: the causes are many, and `jmp --help` lists them. */
export const COULD_NOT_RUN = "3  Could not run: one line on stderr says why (jmp --help lists the causes).";

/** Synopses longer than this get their summary on the next line. */
const LONG_SYNOPSIS = 40;

/** The full help text. */
export function helpText(commands: readonly Command[]): string {
  const entries = [...commands.map((c) => ({ synopsis: c.synopsis, summary: c.summary })), { synopsis: "--help", summary: "This help; jmp COMMAND --help: that command's options and exit codes." }, { synopsis: "--version", summary: "The version of jmp." }];
  const column = Math.max(...entries.map((e) => e.synopsis.length).filter((n) => n <= LONG_SYNOPSIS));
  const lines = entries.flatMap((e) =>
    e.synopsis.length > column ? [`  jmp ${e.synopsis}`, `  ${" ".repeat(column + 6)}${e.summary}`] : [`  jmp ${e.synopsis.padEnd(column)}  ${e.summary}`],
  );
  return ["jmp: JMP Planner for Excel on .xlsx files: set up, check and report on a joint marketing plan.", "", "Usage:", ...lines, "", REPORT_HELP, "", IMPORT_HELP, "", SAVE_HELP, "", EXIT_HELP, ""].join("\n");
}

/** `jmp COMMAND --help`: the command's synopsis, what it does, its options and its exit codes. */
export function commandHelp(command: Command): string {
  return [`Usage: jmp ${command.synopsis}`, "", command.summary, "", command.help, "", 'Run "jmp --help" for every command.', ""].join("\n");
}
