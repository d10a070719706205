/**
 * `jmp report --currency partner`: each partner's figures in its own currency, exactly as its
 * rows were typed, the totals in the plan currency; the default report stays in the plan's.
 */
import { analyze } from "../../src/engine";
import { reportJson, selectReport } from "../../src/engine/reportJson";
import { plainReport } from "../../src/cli/report/plainReport";
import { d, workbook } from "../helpers/tables";
import { eurPlan, lumpSum } from "../engine/currencies/currencyPlan";

const plan = eurPlan([lumpSum("A1", 1000, d("2026-02-01")), lumpSum("A2", 2000, d("2026-10-01")), lumpSum("A3", 0.05, d("2026-08-01")), lumpSum("A4", 0.05, d("2026-08-01"))]);
const analysis = analyze(workbook(plan));

test("the JSON report in the partner view lists each partner in its own currency; totals stay in the plan's", () => {
  const json = reportJson(analysis, {}, undefined, "partner");
  expect(json.partners.map((p) => [p.id, p.currency, p.authorized, p.budget])).toEqual([
    ["P001", "EUR", 3000.1, 50000],
    ["P002", "USD", 0, 20000],
  ]);
  // The README's example: 1,080.00 + 2,200.00 + 0.06 + 0.06 USD.
  expect(json.totals.authorized).toBe(3280.12);
  expect(reportJson(analysis).partners[0]).not.toHaveProperty("currency");
  expect(reportJson(analysis).partners[0].authorized).toBe(3280.12);
});

test("the terminal report names each partner's currency and formats its money in it", () => {
  const text = plainReport(analysis, selectReport(analysis), "", "hint", {}, undefined, "partner");
  expect(text).toContain("Partners in their own currencies; totals in USD.");
  const p1 = text.split("\n").find((line) => line.includes("P001") && line.includes("EUR"));
  expect(p1).toContain("€3,000.10");
  expect(plainReport(analysis, selectReport(analysis), "", "hint")).toContain("$3,280.12");
});

test("a partner filter keeps the partner's own currency, within the initiative asked", () => {
  const json = reportJson(analysis, { partnerKey: "P001", initiativeKey: "I-CLOUD" }, undefined, "partner");
  expect(json.partners.map((p) => [p.currency, p.requested])).toEqual([["EUR", 10000]]);
});
