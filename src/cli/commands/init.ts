/**
 * `jmp init FILE.xlsx [--sample]`: a new workbook with the template (optionally the sample
 * plan), its Dashboard and Issues sheets. Never overwrites an existing file.
 */
import { flag, parseCommandArgs } from "../args";
import type { Command } from "../command";
import { COULD_NOT_RUN } from "../usage";
import { exists } from "../directories";
import { CliError, EXIT, UsageError } from "../errors";
import { println } from "../io";
import { analyzeWorkbook, saveReplacing } from "../planFile";
import { countFindings } from "../../model/findings";
import { findingsPhrase, plural } from "../words";

/** The `init` command. */
export const initCommand: Command = {
  name: "init",
  synopsis: "init FILE.xlsx [--sample]",
  summary: "Create a plan workbook from the template (--sample adds a sample plan).",
  help: `Options:
  --sample  Fill the new plan with the built-in sample plan.
FILE.xlsx must end in .xlsx and must not exist yet (jmp apply adds the template to a workbook).

Exit codes:
  0  Created.
  ${COULD_NOT_RUN}`,
  async run(context, argv) {
    const args = parseCommandArgs("init", argv, { sample: { type: "boolean" } }, ["FILE.xlsx"]);
    const [path] = args.positionals;
    if (!/\.xlsx$/i.test(path)) throw new UsageError(`init: ${path} must end in .xlsx`);
    if (await exists(path)) throw new CliError(`${path} already exists; run "jmp apply ${path}" to add the template to it`);

    const workbook = await context.files.create();
    const withSample = flag(args, "sample");
    const applied = await workbook.applyTemplate({ withSample });
    const analysis = await analyzeWorkbook(context, workbook, path);
    await workbook.writeResults(analysis);
    await saveReplacing(context, workbook, path);

    const out = context.io.stdout;
    println(out, `Created ${path}: template v${applied.version} with ${plural(applied.tablesAdded.length, "table")} (${applied.tablesAdded.join(", ")}).`);
    if (withSample) {
      const { plan } = analysis;
      println(out, `Sample plan: ${plural(plan.partners.length, "partner")}, ${plural(plan.initiatives.length, "initiative")}, ${plural(plan.tactics.length, "tactic")}, ${plural(plan.claims.length, "claim")}.`);
    }
    println(out, `Dashboard and Issues sheets written (${findingsPhrase(countFindings(analysis.findings))}).`);
    return EXIT.ok;
  },
};
