/**
 * `jmp report --csv DIR`: the report as four CSV files, one row per partner, initiative, tactic
 * type and finding. Figures use the `--json` names and units (money in currency units, ratios as
 * fractions, blank where undefined) so both exports read the same.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ReportJson } from "../../engine/reportJson";
import { ensureDirectory } from "../directories";
import { csv } from "./csv";
import type { CsvValue } from "./csv";

/** Figure columns in SPEC section 6 order. */
const FIGURE_KEYS = [
  "budget", "requested", "authorized", "aligned", "coverage", "alignment", "spend", "paid", "utilization", "progress",
  "revenue", "pipeline", "opportunities", "leads", "deals", "forecast", "attainment", "roi", "costPerOpportunity", "overdueClaims",
] as const;

const ISSUE_KEYS = ["code", "severity", "table", "row", "column", "message"] as const;

function figureRows<T extends Record<(typeof FIGURE_KEYS)[number], number | null>>(items: readonly T[], labels: readonly (keyof T & string)[]): CsvValue[][] {
  return items.map((item) => [...labels.map((l) => item[l] as CsvValue), ...FIGURE_KEYS.map((k) => item[k])]);
}

/** File name and row count of each file written. */
export interface CsvFile {
  readonly name: string;
  readonly rows: number;
}

/** Writes partners.csv, initiatives.csv, tactic-types.csv and issues.csv into `dir` (created when missing). */
export async function writeCsvReport(dir: string, report: ReportJson): Promise<CsvFile[]> {
  await ensureDirectory(dir);
  const files: { name: string; text: string; rows: number }[] = [
    { name: "partners.csv", text: csv(["id", "name", ...FIGURE_KEYS], figureRows(report.partners, ["id", "name"])), rows: report.partners.length },
    { name: "initiatives.csv", text: csv(["id", "name", ...FIGURE_KEYS], figureRows(report.initiatives, ["id", "name"])), rows: report.initiatives.length },
    { name: "tactic-types.csv", text: csv(["type", ...FIGURE_KEYS], figureRows(report.tacticTypes, ["type"])), rows: report.tacticTypes.length },
    { name: "issues.csv", text: csv(ISSUE_KEYS, report.issues.map((i) => ISSUE_KEYS.map((k) => i[k]))), rows: report.issues.length },
  ];
  for (const f of files) await writeFile(join(dir, f.name), f.text, "utf8");
  return files.map(({ name, rows }) => ({ name, rows }));
}
