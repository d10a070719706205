/**
 * `jmp pack FILE.xlsx --partner ID -o PACK.xlsx`: a partner pack (SPEC section 7), a new .xlsx
 * holding one partner's part of the plan for the partner to fill in. Never overwrites a file.
 */
import { basename, resolve } from "node:path";
import { parseCommandArgs, stringOption } from "../args";
import type { Command } from "../command";
import { COULD_NOT_RUN } from "../usage";
import { exists } from "../directories";
import { CliError, EXIT, UsageError } from "../errors";
import { println } from "../io";
import { openTables, saveReplacing } from "../planFile";
import { makePack } from "../../workbook/packs";
import { PACKED_TABLES, PARTNER_TABLES } from "../../engine/merge";
import type { TableName } from "../../model/schema";
import { listed, tableRows } from "../words";

const OPTIONS = {
  partner: { type: "string" },
  output: { type: "string", short: "o" },
} as const;

/** The `pack` command. */
export const packCommand: Command = {
  name: "pack",
  synopsis: "pack FILE.xlsx --partner ID -o PACK.xlsx",
  summary: "Write one partner's pack: its rows to fill in, the rest of the plan left out.",
  help: `Options:
  --partner ID     The partner whose pack to write (its Partner ID, or its name).
  -o PACK.xlsx     The pack to write; it must end in .xlsx and must not exist yet.

Exit codes:
  0  Written.
  ${COULD_NOT_RUN}`,
  async run(context, argv) {
    const args = parseCommandArgs("pack", argv, OPTIONS, ["FILE.xlsx"]);
    const [path] = args.positionals;
    const partner = stringOption(args, "partner");
    const output = stringOption(args, "output");
    if (partner === undefined || partner.trim() === "") throw new UsageError("pack: missing --partner ID");
    if (output === undefined) throw new UsageError("pack: missing -o PACK.xlsx");
    if (!/\.xlsx$/i.test(output)) throw new UsageError(`pack: ${output} must end in .xlsx`);
    if (resolve(output) === resolve(path)) throw new UsageError("pack: the pack cannot replace the plan itself");
    if (await exists(output)) throw new CliError(`${output} already exists; remove it or choose another name`);

    // Only the plan's tables are read: a plan ExcelJS cannot load (one holding a chart) packs too.
    const plan = await openTables(context, path);
    const { pack, selection } = await makePack(plan, partner, { source: basename(path) });
    await saveReplacing(context, pack, output);

    // The tables the partner fills in, then those it reads: the rows the pack fingerprints (its allocations) and the initiatives.
    const counted = (tables: readonly TableName[]) => listed(tables.map((t) => tableRows(t, selection.tables.get(t)?.length ?? 0)));
    const reference = [...PACKED_TABLES.filter((t) => !PARTNER_TABLES.includes(t)), "JmpInitiatives" as const];
    const { id, name } = selection.partner;
    println(context.io.stdout, `Wrote ${output} for partner ${id}${name ? ` ${name}` : ""}:`);
    println(context.io.stdout, `  ${counted(PARTNER_TABLES)} to fill in; ${counted(reference)} for reference.`);
    println(context.io.stdout, `Send it to the partner; import the filled file with "jmp merge ${path} ${output}".`);
    return EXIT.ok;
  },
};
