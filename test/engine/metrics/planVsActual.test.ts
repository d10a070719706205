/** Plan vs actual: per tactic expected against recorded outcomes and claims; per initiative target attainment. */
import { analyze } from "../../../src/engine";
import type { Analysis } from "../../../src/engine";
import { initiativeTargets, tacticResults } from "../../../src/engine/planVsActual";
import { generatePlan, scaleSize, SPEC_SIZE } from "../../helpers/generatePlan";
import { cleanPlan, workbook } from "../../helpers/tables";

function withExpectations() {
  const plan = cleanPlan();
  plan.JmpTactics = plan.JmpTactics?.map((t) => (t["Tactic ID"] === "T1" ? { ...t, "Expected revenue": 80000, "Expected pipeline": 150000 } : t));
  return analyze(workbook(plan));
}

test("each tactic's expected revenue and pipeline against what was recorded, with its claims", () => {
  const results = tacticResults(withExpectations());
  expect(results.map((r) => r.id)).toEqual(["T1", "T2", "T3", "T4"]);
  const t1 = results[0];
  expect(t1).toMatchObject({ expectedRevenue: 8000000, revenue: 6000000, expectedPipeline: 15000000, pipeline: 0, claims: 1, spend: 850000, approved: true });
  expect(t1.revenueAttainment).toBe(0.75);
  expect(t1.pipelineAttainment).toBe(0);
  // T3 has pipeline but nothing expected: no attainment, never a division by zero.
  expect(results[2]).toMatchObject({ expectedPipeline: null, pipeline: 2500000, pipelineAttainment: null, claims: 1 });
  expect(results[3]).toMatchObject({ status: "Draft", approved: false, claims: 0 });
});

test("each initiative's target against the actual of its own metric", () => {
  const targets = initiativeTargets(analyze(workbook(cleanPlan())));
  // I-CLOUD: Revenue, target 500,000; revenue 60,000 (T1). I-SEC: Pipeline, target 200,000; pipeline 25,000 (T3).
  expect(targets).toEqual([
    { id: "I-CLOUD", key: "I-CLOUD", name: "Cloud migration", metric: "Revenue", target: 500000, actual: 60000, attainment: 0.12 },
    { id: "I-SEC", key: "I-SEC", name: "Security", metric: "Pipeline", target: 200000, actual: 25000, attainment: 0.125 },
  ]);
});

test("a blank or zero target has no attainment", () => {
  const plan = cleanPlan();
  plan.JmpInitiatives = plan.JmpInitiatives?.map((i, n) => ({ ...i, Target: n === 0 ? null : 0 }));
  const targets = initiativeTargets(analyze(workbook(plan)));
  expect(targets.map((t) => [t.target, t.attainment])).toEqual([
    [null, null],
    [0, null],
  ]);
});

/** Each tactic's actuals as the row records say them: its outcomes and claims, row by row. */
function actualsFromRows(analysis: Analysis): Map<object, { revenue: number; pipeline: number; opportunities: number; claims: number }> {
  const { plan, index } = analysis;
  const sums = new Map(index.tacticFacts.map((f) => [f as object, { revenue: 0, pipeline: 0, opportunities: 0, claims: 0 }]));
  plan.outcomes.forEach((o, i) => {
    const sum = sums.get(index.outcomeTactics[i] as object);
    if (!sum) return;
    if (o.metric === "Revenue" && o.valueCents !== undefined) sum.revenue += o.valueCents;
    if (o.metric === "Pipeline" && o.valueCents !== undefined) sum.pipeline += o.valueCents;
    if (o.metric === "Opportunities" && o.value !== undefined) sum.opportunities += o.value;
  });
  plan.claims.forEach((_c, i) => {
    const sum = sums.get(index.claimTactics[i] as object);
    if (sum) sum.claims += 1;
  });
  return sums;
}

test("the results summed from the columns are those of the row records, on a plan with every kind of problem", () => {
  const analysis = analyze(generatePlan({ ...scaleSize(SPEC_SIZE, 0.01), seed: 11, problemRate: 0.1 }));
  const rows = actualsFromRows(analysis);
  const expected = analysis.index.tacticFacts.filter((f) => f.tactic.id).map((f) => rows.get(f));
  const results = tacticResults(analysis);
  expect(results.length).toBeGreaterThan(500);
  expect(results.some((r) => r.revenue > 0) && results.some((r) => r.opportunities > 0) && results.some((r) => r.claims > 1)).toBe(true);
  expect(results.map(({ revenue, pipeline, opportunities, claims }) => ({ revenue, pipeline, opportunities, claims }))).toEqual(expected);
});

test("an analysis's results are made once and kept", () => {
  const analysis = analyze(workbook(cleanPlan()));
  expect(tacticResults(analysis)).toBe(tacticResults(analysis));
  expect(tacticResults(analyze(workbook(cleanPlan())))).not.toBe(tacticResults(analysis));
});
