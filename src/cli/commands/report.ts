/**
 * `jmp report FILE.xlsx [--json | --csv DIR | --html FILE] [--partner ID] [--initiative ID]
 * [--by quarter|month] [--period LABEL] [--currency plan|partner]`: the plan's figures as a
 * terminal table, the SPEC section 6 JSON, CSV files or an HTML page, and with `--by` each fiscal
 * quarter's or month's; with `--currency partner` each partner's in its own currency.
 */
import { writeFile } from "node:fs/promises";
import { holdsNoPlan } from "../../engine";
import type { CurrencyView } from "../../engine/read";
import { parseCommandArgs, flag, stringOption } from "../args";
import type { ParsedArgs } from "../args";
import type { Command } from "../command";
import { COULD_NOT_RUN, REPORT_HELP } from "../usage";
import { CliError, EXIT, UsageError } from "../errors";
import { println } from "../io";
import { refuseOutputOverInput } from "../outputGuard";
import { openAndAnalyze } from "../planFile";
import { writeCsvReport } from "../report/csvReport";
import { plainReport } from "../report/plainReport";
import { granularityOf, periodsAsked } from "../report/periodChoice";
import { periodFocus } from "../report/periodFocus";
import { htmlReport } from "../html/page";
import type { Analysis } from "../../engine";
import { reportJson, selectReport } from "../../engine/reportJson";
import type { ReportFilter } from "../../engine/reportJson";
import { idKey } from "../../model/ids";
import { plural } from "../words";

const OPTIONS = {
  json: { type: "boolean" },
  csv: { type: "string" },
  html: { type: "string" },
  partner: { type: "string" },
  initiative: { type: "string" },
  by: { type: "string" },
  period: { type: "string" },
  currency: { type: "string" },
} as const;

/** An entry found by ID, or else by name (both trimmed and case-insensitive, like lookups). */
interface Named {
  readonly id: string;
  readonly key: string;
  readonly name: string;
}

/** Resolves `--partner`/`--initiative` to an entry, or fails naming a few known IDs. */
function resolve<T extends Named>(kind: string, wanted: string, entries: readonly T[]): T {
  const key = idKey(wanted);
  const found = entries.find((e) => e.key === key) ?? entries.find((e) => idKey(e.name) === key);
  if (found) return found;
  const known = entries.slice(0, 8).map((e) => e.id);
  const hint = known.length === 0 ? `the plan has no ${kind}s` : `known: ${known.join(", ")}${entries.length > known.length ? ", ..." : ""}`;
  throw new CliError(`unknown ${kind} "${wanted}" (${hint})`);
}

/** The filter and its description from the options. */
function selection(analysis: Analysis, args: ParsedArgs): { filter: ReportFilter; scope: string } {
  const parts: string[] = [];
  const filter: { partnerKey?: string; initiativeKey?: string } = {};
  const partner = stringOption(args, "partner");
  if (partner !== undefined) {
    const p = resolve("partner", partner, analysis.partners);
    filter.partnerKey = p.key;
    parts.push(`partner ${p.id} ${p.name}`.trim());
  }
  const initiative = stringOption(args, "initiative");
  if (initiative !== undefined) {
    const i = resolve("initiative", initiative, analysis.initiatives);
    filter.initiativeKey = i.key;
    parts.push(`initiative ${i.id} ${i.name}`.trim());
  }
  return { filter, scope: parts.join(", ") };
}

/** The `--currency` option: the plan's (the default) or each partner's own. */
function currencyViewOf(option: string | undefined): CurrencyView {
  if (option === undefined || option.toLowerCase() === "plan") return "plan";
  if (option.toLowerCase() === "partner") return "partner";
  throw new UsageError(`report: --currency takes plan or partner (got "${option}")`);
}

/** The `report` command. */
export const reportCommand: Command = {
  name: "report",
  synopsis: "report FILE.xlsx [--json | --csv DIR | --html FILE] [--partner ID] [--initiative ID] [--by quarter|month] [--period LABEL] [--currency plan|partner]",
  summary: "Figures per partner, initiative and tactic type, or export them.",
  help: `${REPORT_HELP}

Exit codes:
  0  Reported.
  ${COULD_NOT_RUN}`,
  async run(context, argv) {
    const args = parseCommandArgs("report", argv, OPTIONS, ["FILE.xlsx"]);
    const outputs = ["json", "csv", "html"].filter((o) => args.values[o] !== undefined);
    if (outputs.length > 1) throw new UsageError(`report: choose one of --json, --csv and --html (got ${outputs.map((o) => `--${o}`).join(" and ")})`);
    const [path] = args.positionals;
    const csvDir = stringOption(args, "csv");
    const htmlFile = stringOption(args, "html");
    if (csvDir === "" || htmlFile === "") throw new UsageError("report: --csv and --html need a path");
    if (htmlFile !== undefined) await refuseOutputOverInput(htmlFile, "--html", "the report's web page", [path]);

    const byOption = stringOption(args, "by");
    const periodOption = stringOption(args, "period");
    const granularity = granularityOf(byOption, periodOption);
    const currencyView = currencyViewOf(stringOption(args, "currency"));

    const analysis = await openAndAnalyze(context, path);
    // A report of no plan would read as an empty plan, exit 0: a pipeline would take it for one.
    if (holdsNoPlan(analysis)) throw new CliError(`${path} holds none of the JMP tables: it is not a plan workbook (a tracker becomes one with "jmp import ${path} -o PLAN.xlsx"; or make one with "jmp init", or add the tables with "jmp apply")`);
    const { filter, scope } = selection(analysis, args);
    const periods = periodsAsked(analysis, byOption, periodOption);
    const out = context.io.stdout;
    if (flag(args, "json")) {
      out.write(`${JSON.stringify(reportJson(analysis, filter, periods, currencyView, periodOption === undefined), null, 2)}\n`);
    } else if (csvDir !== undefined) {
      const files = await writeCsvReport(csvDir, reportJson(analysis, filter, periods, currencyView, periodOption === undefined));
      println(out, `Wrote ${files.map((f) => `${f.name} (${plural(f.rows, "row")})`).join(", ")} to ${csvDir}.`);
    } else {
      // The page and the terminal report are about the one period `--period` names, when it is given.
      const plan = selectReport(analysis, filter);
      const focus = periodFocus(periods, periodOption, granularity, plan, filter);
      if (htmlFile !== undefined) {
        await writeFile(htmlFile, htmlReport(analysis, plan, scope, filter, { periods: periods && granularity && { periods, granularity }, currencyView, focus }), "utf8");
        println(out, `Wrote ${htmlFile}.`);
      } else {
        out.write(plainReport(analysis, plan, scope, `run "jmp check ${path}" for the list`, filter, periods && { periods, filter, focus }, currencyView));
      }
    }
    return EXIT.ok;
  },
};
