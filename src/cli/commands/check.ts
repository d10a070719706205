/**
 * `jmp check FILE.xlsx [--json]`: lists the plan's findings. The exit code says the worst:
 * 0 none, 1 warnings only, 2 errors (3, unreadable file, comes from the composition root).
 */
import { cellReference } from "../../model/sheetReference";
import { flag, parseCommandArgs } from "../args";
import type { Command } from "../command";
import { COULD_NOT_RUN } from "../usage";
import { EXIT } from "../errors";
import { println } from "../io";
import { openAndAnalyze } from "../planFile";
import { renderTextTable } from "../report/textTable";
import { reportJson } from "../../engine/reportJson";
import { countFindings } from "../../model/findings";
import type { Finding, FindingCounts } from "../../model/findings";
import { findingsPhrase } from "../words";

/** The exit code for a set of findings. */
export function checkExitCode(counts: FindingCounts): number {
  if (counts.errors > 0) return EXIT.errors;
  return counts.warnings > 0 ? EXIT.warnings : EXIT.ok;
}

/** Where a finding points, as a user types it in Excel's Go To box. */
function location(f: Finding): string {
  if (f.sheet === null) return f.table;
  const cell = f.cell ?? (f.row !== null ? `A${f.row}` : null);
  return cell ? cellReference(f.sheet, cell) : f.sheet;
}

/** The `check` command. */
export const checkCommand: Command = {
  name: "check",
  synopsis: "check FILE.xlsx [--json]",
  summary: "List the plan's findings; exit 0 none, 1 warnings only, 2 errors.",
  help: `Options:
  --json  The findings as JSON: the counts of errors and warnings, and the issues as
          jmp report --json lists them.

Exit codes:
  0  No findings.
  1  Warnings only.
  2  At least one error.
  ${COULD_NOT_RUN}`,
  async run(context, argv) {
    const args = parseCommandArgs("check", argv, { json: { type: "boolean" } }, ["FILE.xlsx"]);
    const [path] = args.positionals;
    const analysis = await openAndAnalyze(context, path);
    const counts = countFindings(analysis.findings);
    const out = context.io.stdout;

    if (flag(args, "json")) {
      const { issues } = reportJson(analysis);
      out.write(`${JSON.stringify({ errors: counts.errors, warnings: counts.warnings, issues }, null, 2)}\n`);
    } else {
      println(out, `${path}: ${findingsPhrase(counts)}.`);
      if (analysis.findings.length > 0) {
        const rows = analysis.findings.map((f) => [f.severity, f.code, location(f), f.column ?? "", f.message]);
        for (const line of renderTextTable({ headers: ["Severity", "Code", "Cell", "Column", "Message"], right: [], rows })) println(out, line);
      }
    }
    return checkExitCode(counts);
  },
};
