/**
 * `jmp import TRACKER.xlsx -o PLAN.xlsx | --into PLAN.xlsx [--sheet NAME] [--header-row N]
 * [--mapping FILE.json] [--save-mapping FILE.json] [--dry-run] [--json] [--force]`: a new plan
 * made from an MDF tracker (SPEC section 9), or the tracker's activities added to an existing plan
 * (the next quarter's tab: rows an earlier import made are updated, nothing else is changed). The
 * tracker is only read; `-o` never replaces a file. Exit 0: imported, nothing to review; 1:
 * imported, with things to review listed; 3: cannot import.
 */
import { constants, open, writeFile } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import { FORCE_OPTION, flag, parseCommandArgs, stringOption } from "../args";
import type { Command, CommandContext } from "../command";
import { COULD_NOT_RUN, IMPORT_HELP, SAVE_HELP } from "../usage";
import { exists } from "../directories";
import { println } from "../io";
import { refuseOutputOverInput } from "../outputGuard";
import { CliError, EXIT, errorMessage, fileSystemReason, UsageError } from "../errors";
import { analyzeWorkbook, openShowing, openWorkbook, saveReplacing } from "../planFile";
import { printImport, importJson } from "../report/importSummary";
import { chooseTrackerSheet, existingPlan, isImportable, MappingFormatError, parseSavedMapping, planTrackerImport, requireSomethingToImport, TrackerImportError, writeImport } from "../../workbook/convert/tracker";
import type { ExistingPlan, ImportOptions, SavedMapping, TrackerImport } from "../../workbook/convert/tracker";
import type { SheetSource } from "../workbookFiles";
import { readRegularFile } from "../../workbook/xlsx/fileBytes";

const OPTIONS = {
  output: { type: "string", short: "o" },
  into: { type: "string" },
  ...FORCE_OPTION,
  sheet: { type: "string" },
  "header-row": { type: "string" },
  mapping: { type: "string" },
  "save-mapping": { type: "string" },
  "dry-run": { type: "boolean" },
  json: { type: "boolean" },
} as const;

const MAX_MAPPING_BYTES = 1024 * 1024;

async function readMapping(path: string): Promise<SavedMapping> {
  let text: string;
  try {
    // A mapping is a few KB of JSON: a device or a huge file is refused, not read without end.
    text = new TextDecoder().decode(await readRegularFile({ open, constants }, path, MAX_MAPPING_BYTES));
  } catch (error) {
    throw new CliError(`${path}: ${fileSystemReason(error) ?? errorMessage(error)}`);
  }
  try {
    return parseSavedMapping(JSON.parse(text));
  } catch (error) {
    const reason = error instanceof MappingFormatError ? error.message : `not valid JSON (${errorMessage(error)})`;
    throw new CliError(`${path}: ${reason}`);
  }
}

function headerRowOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) throw new UsageError(`import: --header-row must be a row number (1 or more), not "${text}"`);
  return Number(text);
}

/** The tracker's sheets: streamed when the files can (values only, far faster), else opened whole. */
async function trackerSheets(context: CommandContext, path: string): Promise<SheetSource> {
  const { openSheets } = context.files;
  if (openSheets) return openShowing(context, path, (p) => openSheets(p));
  const workbook = await openWorkbook(context, path);
  if (!isImportable(workbook)) throw new CliError(`${path}: trackers can be imported from .xlsx workbooks only`);
  return workbook;
}

/** The sheet to import: the one named, the saved mapping's, or the one most like a tracker. */
async function sheetName(tracker: SheetSource, path: string, named: string | undefined, mapping: SavedMapping | undefined): Promise<string> {
  const sheets = await tracker.listSheets();
  const find = (name: string) => sheets.find((s) => s.name.toLowerCase() === name.trim().toLowerCase())?.name;
  if (named !== undefined) return find(named) ?? failNoSheet(path, named, sheets.map((s) => s.name));
  const saved = mapping?.sheet !== undefined ? find(mapping.sheet) : undefined;
  if (saved) return saved;
  const chosen = await chooseTrackerSheet(tracker);
  if (!chosen) throw new CliError(`${path}: no sheet has a recognisable tracker header (a row naming columns such as Partner, Activity, Requested, Approved); name the header row with --header-row`);
  return chosen;
}

/**
 * Refuses `--into` a workbook holding no JMP table (a copy of the tracker, say): an import would
 * turn it into a plan, adding the template's sheets to a file the user meant to keep as it is.
 */
function requirePlan(into: string, before: ExistingPlan): void {
  if (!before.holdsTables) throw new CliError(`${into} holds no plan: import without --into to make one`);
}

function failNoSheet(path: string, name: string, names: readonly string[]): never {
  throw new CliError(`${path} has no sheet named "${name}" (it has ${names.map((n) => `"${n}"`).join(", ")})`);
}

/** The `import` command. */
export const importCommand: Command = {
  name: "import",
  synopsis: "import TRACKER.xlsx -o PLAN.xlsx | --into PLAN.xlsx [--sheet NAME] [--header-row N] [--mapping FILE.json] [--save-mapping FILE.json] [--dry-run] [--json] [--force]",
  summary: "Make a new plan from an MDF tracker sheet, or add it to a plan (exit 1 when something needs review).",
  help: `${IMPORT_HELP}

${SAVE_HELP}

Exit codes:
  0  Imported, nothing to review.
  1  Imported, with things to review listed (low-confidence columns, values mapped by
     similarity, rows skipped, facts the tracker does not hold).
  ${COULD_NOT_RUN}`,
  async run(context, argv) {
    const args = parseCommandArgs("import", argv, OPTIONS, ["TRACKER.xlsx"]);
    const [path] = args.positionals;
    if (/\.(csv|tsv|txt)$/i.test(path)) throw new UsageError(`import: ${path} is a text export; open it in Excel and save it as an .xlsx workbook first`);
    const output = stringOption(args, "output");
    const into = stringOption(args, "into");
    const dryRun = flag(args, "dry-run");
    const headerRow = headerRowOption(stringOption(args, "header-row"));
    if (output !== undefined && into !== undefined) throw new UsageError("import: -o makes a new plan and --into adds to one: give one of them");
    if (output === undefined && into === undefined && !dryRun) throw new UsageError("import: missing -o PLAN.xlsx, --into PLAN.xlsx or --dry-run");
    if (into !== undefined && resolve(into) === resolve(path)) throw new UsageError("import: the tracker cannot be imported into itself");
    if (output !== undefined) {
      if (!/\.xlsx$/i.test(output)) throw new UsageError(`import: ${output} must end in .xlsx`);
      if (resolve(output) === resolve(path)) throw new UsageError("import: the plan cannot replace the tracker");
      if (await exists(output)) throw new CliError(`${output} already exists; -o makes a new plan (choose another name), --into ${output} adds the tracker to that plan`);
    }
    const mappingPath = stringOption(args, "mapping");
    const mapping = mappingPath === undefined ? undefined : await readMapping(mappingPath);
    const saveMappingPath = stringOption(args, "save-mapping");
    // Checked before anything is imported: the mapping is saved last, over neither the tracker nor the plan.
    if (saveMappingPath !== undefined) await refuseOutputOverInput(saveMappingPath, "--save-mapping", "the mapping", [path, ...(into === undefined ? [] : [into])], output === undefined || dryRun ? [] : [output]);

    const tracker = await trackerSheets(context, path);
    const sheet = await sheetName(tracker, path, stringOption(args, "sheet"), mapping);
    const values = await tracker.readSheet(sheet);
    const trackerSheet = { name: sheet, values };
    const options: Omit<ImportOptions, "existing"> = { headerRow, mapping };
    let imported: TrackerImport;
    try {
      if (into !== undefined) {
        const plan = await openWorkbook(context, into);
        if (!isImportable(plan)) throw new CliError(`${into}: a tracker can be imported into an .xlsx plan only`);
        if (dryRun) {
          const existing = existingPlan(await plan.readTables());
          requirePlan(into, existing);
          imported = planTrackerImport(trackerSheet, { ...options, existing });
          requireSomethingToImport(imported, trackerSheet);
        } else {
          const accept = (planned: TrackerImport, before: ExistingPlan) => {
            requirePlan(into, before);
            requireSomethingToImport(planned, trackerSheet);
          };
          ({ imported } = await writeImport(plan, trackerSheet, options, basename(into, extname(into)), accept));
          await plan.writeResults(await analyzeWorkbook(context, plan, basename(into)));
          await saveReplacing(context, plan, into, { force: flag(args, "force") });
        }
      } else if (output === undefined || dryRun) {
        imported = planTrackerImport(trackerSheet, options);
        requireSomethingToImport(imported, trackerSheet);
      } else {
        const plan = await (context.files.createForRows ?? context.files.create)();
        if (!isImportable(plan)) throw new CliError("the plan workbook cannot take an import");
        ({ imported } = await writeImport(plan, trackerSheet, options, basename(path, extname(path)), (planned) => requireSomethingToImport(planned, trackerSheet)));
        const analysis = await analyzeWorkbook(context, plan, basename(output));
        await plan.writeResults(analysis);
        await saveReplacing(context, plan, output);
      }
    } catch (error) {
      if (error instanceof TrackerImportError) throw new CliError(`${path}: ${error.message}`);
      throw error;
    }

    if (saveMappingPath !== undefined) {
      await writeFile(saveMappingPath, `${JSON.stringify(imported.mapping, null, 2)}\n`).catch((error: unknown) => {
        throw new CliError(`${saveMappingPath}: ${fileSystemReason(error) ?? errorMessage(error)}`);
      });
    }
    const written = dryRun ? undefined : (into ?? output);
    if (flag(args, "json")) context.io.stdout.write(`${JSON.stringify(importJson(imported, path, written), null, 2)}\n`);
    else {
      printImport(context.io.stdout, imported, path, written);
      // Saved even on a dry run (the mapping is what a dry run is for): say so.
      if (saveMappingPath !== undefined) println(context.io.stdout, `Saved the mapping to ${saveMappingPath}.`);
    }
    return imported.review.length > 0 ? EXIT.warnings : EXIT.ok;
  },
};
