/**
 * The README is the users' reference: it must list every rule code with its severity and every
 * metric the engine reports, so docs and code cannot drift apart.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/engine";
import { reportJson } from "../../src/engine/reportJson";
import { CSV_FILES, PERIOD_CSV_FILES } from "../../src/cli/report/csvReport";
import { RULES } from "../../src/model/findings";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import { TABLES, TEMPLATE_VERSION } from "../../src/model/schema";
import { METRIC_COLUMNS } from "../../src/workbook/layout";

const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

test.each(Object.values(RULES))("README lists rule $code with severity $severity", (rule) => {
  expect(readme).toMatch(new RegExp(`\\|\\s*${rule.code}\\s*\\|\\s*${rule.severity}\\s*\\|`));
});

test.each(METRIC_COLUMNS.map((m) => m.header))("README defines the metric %s", (header) => {
  expect(readme.toLowerCase()).toContain(header.toLowerCase());
});

test.each(TABLES.map((t) => t.name))("README names the JMP table %s", (name) => {
  expect(readme).toContain(`\`${name}\``);
});

test.each([...CSV_FILES, ...PERIOD_CSV_FILES])("README names %s among the files --csv writes", (file) => {
  expect(readme).toContain(`\`${file}\``);
});

test("README describes the current template version", () => {
  expect(readme).toContain(`## The template (version ${TEMPLATE_VERSION})`);
});

test("the README's JSON finding example is what the sample plan's report gives", () => {
  const example = /### The JSON report[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toBeDefined();
  const shown = JSON.parse(example ?? "null") as { code: string; row: number };
  const issues = reportJson(analyze(samplePlanTables())).issues;
  expect(issues.find((i) => i.code === shown.code && i.row === shown.row)).toEqual(shown);
});
