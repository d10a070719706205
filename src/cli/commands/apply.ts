/**
 * `jmp apply FILE.xlsx`: turns an existing workbook into the template in place (adds what is
 * missing, keeps every existing cell) and refreshes its Dashboard and Issues sheets. Exit 0;
 * 1 when a column could not be added (cells to the right of its table in use); 3 when it cannot run.
 */
import { flag, FORCE_OPTION, parseCommandArgs } from "../args";
import type { Command } from "../command";
import { COULD_NOT_RUN, SAVE_HELP } from "../usage";
import { EXIT } from "../errors";
import { println } from "../io";
import { analyzeWorkbook, openWorkbook, saveReplacing } from "../planFile";
import { countFindings } from "../../model/findings";
import type { ApplyResult } from "../../workbook/port";
import { findingsPhrase } from "../words";

/** What applying the template added, one line per kind. */
export function describeApply(result: ApplyResult): string[] {
  const lines: string[] = [];
  if (result.tablesAdded.length > 0) lines.push(`  tables added: ${result.tablesAdded.join(", ")}`);
  if (result.columnsAdded.length > 0) lines.push(`  columns added: ${result.columnsAdded.map((c) => `${c.table}[${c.header}]`).join(", ")}`);
  if (result.settingsAdded.length > 0) lines.push(`  settings added: ${result.settingsAdded.join(", ")}`);
  const notAdded = result.columnsNotAdded ?? [];
  if (notAdded.length > 0) lines.push(`  columns not added, as cells to the right of their tables are in use (move them and apply again): ${notAdded.map((c) => `${c.table}[${c.header}]`).join(", ")}`);
  return lines;
}

/** The `apply` command. */
export const applyCommand: Command = {
  name: "apply",
  synopsis: "apply FILE.xlsx [--force]",
  summary: "Add missing template parts in place; refresh the Dashboard and Issues sheets.",
  help: `${SAVE_HELP}

Exit codes:
  0  Saved.
  1  Saved, but columns it could not add (cells to the right of their tables in use) are listed.
  ${COULD_NOT_RUN}`,
  async run(context, argv) {
    const args = parseCommandArgs("apply", argv, FORCE_OPTION, ["FILE.xlsx"]);
    const [path] = args.positionals;
    const workbook = await openWorkbook(context, path);
    const result = await workbook.applyTemplate();
    const analysis = await analyzeWorkbook(context, workbook, path);
    await workbook.writeResults(analysis);
    await saveReplacing(context, workbook, path, { force: flag(args, "force") });

    const out = context.io.stdout;
    const added = describeApply(result);
    println(out, added.length > 0 ? `${path}: template v${result.version} applied` : `${path}: already has template v${result.version}, nothing to add`);
    for (const line of added) println(out, line);
    println(out, `Dashboard and Issues sheets refreshed (${findingsPhrase(countFindings(analysis.findings))}).`);
    // Saved, but not complete: a script running `apply` must not take the template as set up.
    return (result.columnsNotAdded ?? []).length > 0 ? EXIT.warnings : EXIT.ok;
  },
};
