/**
 * `jmp report --csv DIR`: the report as CSV files: totals.csv (the whole plan's figures, or the
 * selection's, in the plan currency: figures such as Remaining and Authorized with lump sums are
 * not the sum of a file's rows), then one row per partner, initiative, tactic
 * type, best-practice line, tactic (plan vs actual), initiative target and finding, and with
 * `--by` (or `--period`) periods.csv (per period, its totals and each partner; with `--currency
 * partner` a currency column and a closing noRate column, as partners.csv has) and
 * period-initiatives.csv (per period, each initiative). Figures use the `--json` names and units (money in currency units, ratios as
 * fractions, blank where undefined) so both exports read the same.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ReportJson } from "../../engine/reportJson";
import type { FiguresOrUnknownJson } from "../../engine/figuresJson";
import type { PeriodJson } from "../../engine/periodsJson";
import { ensureDirectory } from "../directories";
import { csv } from "./csv";
import type { CsvValue } from "./csv";

/** Figure columns in SPEC section 6 order, then the finance figures. */
const FIGURE_KEYS = [
  "budget", "requested", "authorized", "aligned", "coverage", "alignment", "spend", "paid", "utilization", "progress",
  "revenue", "pipeline", "opportunities", "leads", "deals", "forecast", "attainment", "roi", "costPerOpportunity", "overdueClaims",
  "unclaimedAfterWindow",
  "remaining", "committed", "payable", "pending",
] as const;
/** The open claims by age, one column each (`openClaimsByAge` of the JSON, flattened). */
const AGE_KEYS = ["days0To30", "days31To60", "days61To90", "over90Days"] as const;
const FIGURE_HEADERS = [...FIGURE_KEYS, ...AGE_KEYS.map((k) => `openClaims${k.charAt(0).toUpperCase()}${k.slice(1)}`)];

/** A figures record's cells, in FIGURE_HEADERS order. */
function figureCells(item: FiguresOrUnknownJson): CsvValue[] {
  return [...FIGURE_KEYS.map((k) => item[k]), ...AGE_KEYS.map((k) => item.openClaimsByAge[k])];
}

const PRACTICE_KEYS = ["type", "partnerId", "partnerName", "tactics", "spend", "revenue", "opportunities", "roi", "costPerOpportunity", "tooFew", "roiRank", "costRank"] as const;
const TACTIC_KEYS = ["id", "partnerId", "initiativeId", "type", "status", "expectedRevenue", "revenue", "revenueAttainment", "expectedPipeline", "pipeline", "pipelineAttainment", "claims", "spend"] as const;
const TARGET_KEYS = ["id", "name", "metric", "target", "actual", "attainment"] as const;

/** A best-practice value as a CSV cell: the too-few mark as yes/no. */
function practiceCell(value: string | number | boolean | null | undefined): CsvValue {
  if (typeof value === "boolean") return value ? "yes" : "no";
  return value ?? null;
}

const ISSUE_KEYS = ["code", "severity", "table", "row", "column", "message", "amount", "limit", "currency"] as const;
/** The IDs a finding concerns, one column each after the message. */
const ISSUE_ID_KEYS = ["partner", "initiative", "tactic", "claim", "allocation", "outcome"] as const;

function figureRows<T extends FiguresOrUnknownJson>(items: readonly T[], labels: readonly (keyof T & string)[]): CsvValue[][] {
  return items.map((item) => [...labels.map((l) => item[l] as CsvValue), ...figureCells(item)]);
}

/** The last column of the partner view's rows: "yes" where the partner's currency has no rate (its money cells are blank), blank on totals rows. */
const NO_RATE_HEADER = "noRate";

function noRateCell(noRate: boolean | undefined): CsvValue {
  return noRate === undefined ? null : noRate ? "yes" : "no";
}

/**
 * periods.csv: per period, a row of its totals (no partner) and one per partner. `planCurrency`
 * in the partner view: every row names its currency (the totals' is the plan's) and ends with
 * `noRate`.
 */
function periodRows(periods: readonly PeriodJson[], planCurrency?: string): CsvValue[][] {
  const named = (currency: string | undefined): CsvValue[] => (planCurrency === undefined ? [] : [currency ?? planCurrency]);
  const last = (noRate: boolean | undefined): CsvValue[] => (planCurrency === undefined ? [] : [noRateCell(noRate)]);
  return periods.flatMap((p) => [
    [p.period, p.start, p.end, null, null, ...named(planCurrency), ...figureCells(p.totals), ...last(undefined)],
    ...p.partners.map((x) => [p.period, p.start, p.end, x.id, x.name, ...named(x.currency), ...figureCells(x), ...last(x.noRate)]),
  ]);
}

/** period-initiatives.csv: per period, one row per initiative. */
function periodInitiativeRows(periods: readonly PeriodJson[]): CsvValue[][] {
  return periods.flatMap((p) => p.initiatives.map((x) => [p.period, p.start, p.end, x.id, x.name, ...figureCells(x)]));
}

/** The period column of the row holding what the periods leave out of the totals. */
export const OUTSIDE_LABEL = "(outside the periods)";

/** File name and row count of each file written. */
export interface CsvFile {
  readonly name: string;
  readonly rows: number;
}

/** The files `--csv` writes, in order (`jmp report --help` lists them). */
export const CSV_FILES = ["totals.csv", "partners.csv", "initiatives.csv", "tactic-types.csv", "best-practice.csv", "tactics.csv", "targets.csv", "issues.csv"] as const;

/** The files `--csv` adds when asked for periods (`--by`, `--period`). */
export const PERIOD_CSV_FILES = ["periods.csv", "period-initiatives.csv"] as const;

/** A file's text and its count of rows. */
interface Written {
  readonly text: string;
  readonly rows: number;
}

/** The text and row count of each of CSV_FILES. */
function reportFiles(report: ReportJson): Record<(typeof CSV_FILES)[number], Written> {
  return {
    "totals.csv": { text: csv(["currency", ...FIGURE_HEADERS], [[report.plan.currency, ...figureCells(report.totals)]]), rows: 1 },
    // In the partner view (--currency partner) each partner's row names the currency of its
    // figures, and ends saying whether that currency has no rate (its money then blank).
    "partners.csv": report.partners.some((p) => p.currency !== undefined)
      ? {
          text: csv(["id", "name", "currency", ...FIGURE_HEADERS, NO_RATE_HEADER], figureRows(report.partners, ["id", "name", "currency"]).map((row, i) => [...row, noRateCell(report.partners[i].noRate)])),
          rows: report.partners.length,
        }
      : { text: csv(["id", "name", ...FIGURE_HEADERS], figureRows(report.partners, ["id", "name"])), rows: report.partners.length },
    "initiatives.csv": { text: csv(["id", "name", ...FIGURE_HEADERS], figureRows(report.initiatives, ["id", "name"])), rows: report.initiatives.length },
    "tactic-types.csv": { text: csv(["type", ...FIGURE_HEADERS], figureRows(report.tacticTypes, ["type"])), rows: report.tacticTypes.length },
    "best-practice.csv": {
      // The unattributed line closes the by-type lines, so the file adds up to the totals.
      text: csv(PRACTICE_KEYS, [
        ...[...report.bestPractice.types, ...report.bestPractice.partnerTypes].map((r) => PRACTICE_KEYS.map((k) => practiceCell(r[k]))),
        ["(no tactic)", null, null, null, report.bestPractice.unattributed.spend, report.bestPractice.unattributed.revenue, report.bestPractice.unattributed.opportunities, null, null, null, null, null],
      ]),
      rows: report.bestPractice.types.length + report.bestPractice.partnerTypes.length + 1,
    },
    "tactics.csv": { text: csv(TACTIC_KEYS, report.tactics.map((t) => TACTIC_KEYS.map((k) => t[k]))), rows: report.tactics.length },
    "targets.csv": { text: csv(TARGET_KEYS, report.targets.map((t) => TARGET_KEYS.map((k) => t[k]))), rows: report.targets.length },
    "issues.csv": {
      text: csv([...ISSUE_KEYS, ...ISSUE_ID_KEYS.map((k) => `${k}Id`)], report.issues.map((i) => [...ISSUE_KEYS.map((k) => i[k]), ...ISSUE_ID_KEYS.map((k) => i.ids[k] ?? null)])),
      rows: report.issues.length,
    },
  };
}

/** The text and row count of each of PERIOD_CSV_FILES. */
function periodFiles(report: ReportJson, periods: readonly PeriodJson[]): Record<(typeof PERIOD_CSV_FILES)[number], Written> {
  const own = periods.some((p) => p.partners.some((x) => x.currency !== undefined)) ? report.plan.currency : undefined;
  const rows = periodRows(periods, own);
  // What every period leaves out, so the file's period totals add up to totals.csv.
  if (report.outsidePeriods) rows.push([OUTSIDE_LABEL, null, null, null, null, ...(own === undefined ? [] : [own]), ...figureCells(report.outsidePeriods), ...(own === undefined ? [] : [null])]);
  const labels = ["period", "start", "end", "partnerId", "partnerName", ...(own === undefined ? [] : ["currency"])];
  const initiativeRows = periodInitiativeRows(periods);
  return {
    "periods.csv": { text: csv([...labels, ...FIGURE_HEADERS, ...(own === undefined ? [] : [NO_RATE_HEADER])], rows), rows: rows.length },
    "period-initiatives.csv": { text: csv(["period", "start", "end", "initiativeId", "initiativeName", ...FIGURE_HEADERS], initiativeRows), rows: initiativeRows.length },
  };
}

/** Writes CSV_FILES, and with periods PERIOD_CSV_FILES, into `dir` (created when missing). */
export async function writeCsvReport(dir: string, report: ReportJson): Promise<CsvFile[]> {
  await ensureDirectory(dir);
  const main = reportFiles(report);
  const files: { name: string; text: string; rows: number }[] = CSV_FILES.map((name) => ({ name, ...main[name] }));
  if (report.periods) {
    const added = periodFiles(report, report.periods);
    files.push(...PERIOD_CSV_FILES.map((name) => ({ name, ...added[name] })));
  }
  for (const f of files) await writeFile(join(dir, f.name), f.text, "utf8");
  return files.map(({ name, rows }) => ({ name, rows }));
}
