/**
 * SPEC section 8, second bar: per-partner Requested, Authorized, Spend and Revenue as native
 * SUMIFS formulas over A1 ranges, built and evaluated by HyperFormula, against the engine's full
 * analysis of the same plan. The plan is 200 partners and 10,000 rows per table whatever the
 * benchmark size (HyperFormula's SUMIFS cost grows with partners x rows). Its planted problems
 * are those SUMIFS treat as the engine does, so the two must agree to the cent; the measure
 * checks that they do. Goal: at most 0.01.
 */
import { analyze } from "../../../src/engine";
import type { Analysis } from "../../../src/engine";
import { FORMULA_SAFE_PROBLEMS, generatePlan } from "../../helpers/generatePlan";
import type { PlanSize } from "../../helpers/generatePlan";
import { differences, evaluateNative, nativeWorkbook } from "../hyperformulaModel";
import type { NativeFigures } from "../hyperformulaModel";
import { timeRuns } from "../timing";
import type { Measure } from "./measure";
import { ms, round } from "./measure";

const GOAL = 0.01;

/** The size of the comparison plan (SPEC section 8). */
export const HYPERFORMULA_SIZE: PlanSize = { partners: 200, initiatives: 40, tactics: 10_000, allocations: 10_000, claims: 10_000, outcomes: 10_000 };
/** A small plan that warms HyperFormula's code paths up before the timed builds. */
const WARM_UP_SIZE: PlanSize = { partners: 20, initiatives: 40, tactics: 1_000, allocations: 1_000, claims: 1_000, outcomes: 1_000 };

/** Engine median / HyperFormula median, and whether their figures agree. */
export const engineVsHyperFormula: Measure = {
  title: "Engine vs native formulas (HyperFormula)",
  run(context) {
    const plan = (size: PlanSize) => generatePlan({ ...size, seed: context.settings.seed, problemKinds: FORMULA_SAFE_PROBLEMS });
    evaluateNative(nativeWorkbook(plan(WARM_UP_SIZE)));
    const tables = plan(HYPERFORMULA_SIZE);
    const book = nativeWorkbook(tables);
    let native: NativeFigures[] = [];
    const formulas = timeRuns(() => evaluateNative(book), { warmups: 0, runs: context.settings.hyperFormulaRuns, gc: context.gc }, (r) => (native = r));
    let analysis: Analysis | undefined;
    // Steady state, as against the floor: no collection forced before each engine run.
    const engine = timeRuns(() => analyze(tables), { warmups: 3, runs: Math.max(11, context.settings.runs) }, (a) => (analysis = a));
    const diff = analysis ? differences(native, analysis) : ["the engine did not run"];
    const ratio = engine.median / formulas.median;
    const formulaCount = book.partners.length * 8;
    return {
      lines: [
        { label: "plan", value: `${HYPERFORMULA_SIZE.partners} partners`, note: `${HYPERFORMULA_SIZE.tactics.toLocaleString("en-US")} rows per table; ${formulaCount.toLocaleString("en-US")} SUMIFS` },
        { label: "HyperFormula build+eval", value: ms(formulas.median), note: `median of ${formulas.runs} (${ms(formulas.min)} to ${ms(formulas.max)}), after a small warm-up build` },
        { label: "engine analyze()", value: ms(engine.median), note: `median of ${engine.runs} (${ms(engine.min)} to ${ms(engine.max)})` },
        { label: "figures agree", value: diff.length === 0 ? "yes" : "NO", note: diff.length === 0 ? `${book.partners.length} partners x 4 figures, to the cent` : `${diff.length} differences, first: ${diff[0]}` },
        { label: "engineVsHyperFormula", value: ratio.toFixed(4), note: `goal <= ${GOAL}: ${ratio <= GOAL ? "met" : "NOT met"}` },
      ],
      json: {
        engineVsHyperFormula: round(ratio, 4),
        hyperFormulaMs: round(formulas.median, 1),
        engineOnHyperFormulaPlanMs: round(engine.median, 1),
        hyperFormulaMatches: diff.length === 0,
      },
    };
  },
};
