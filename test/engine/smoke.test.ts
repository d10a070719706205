import { analyze } from "../../src/engine";
import { cleanPlan, workbook } from "../helpers/tables";

test("a clean plan has no findings", () => {
  const a = analyze(workbook(cleanPlan()));
  expect(a.findings).toEqual([]);
  expect(a.totals.requested).toBe(1_700_000);
});
