/** The terminal report's targets follow an initiative filter, as the JSON report's do. */
import { analyze } from "../../src/engine";
import { selectReport } from "../../src/engine/reportJson";
import { plainReport } from "../../src/cli/report/plainReport";
import { samplePlanTables } from "../../src/model/sample/samplePlan";

const analysis = analyze(samplePlanTables());

/** The lines of the Targets table (after its title, before the blank line that ends it). */
function targetLines(text: string): string[] {
  const lines = text.split("\n");
  const start = lines.indexOf("Targets");
  const end = lines.indexOf("", start);
  return lines.slice(start + 1, end);
}

test("the whole plan lists every initiative's target", () => {
  const lines = targetLines(plainReport(analysis, selectReport(analysis), "", ""));
  for (const id of ["INI-CLOUD", "INI-SECURITY", "INI-SMB"]) expect(lines.some((l) => l.startsWith(id))).toBe(true);
});

test("an initiative filter lists only that initiative's target", () => {
  const filter = { initiativeKey: "INI-SMB" };
  const lines = targetLines(plainReport(analysis, selectReport(analysis, filter), "initiative INI-SMB", "", filter));
  const rows = lines.filter((l) => /^INI-/.test(l));
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatch(/^INI-SMB\s+SMB Growth Bundle\s+Deals\s+400\s+66\s+17%$/);
});
