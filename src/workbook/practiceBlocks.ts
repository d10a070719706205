/**
 * The Dashboard's best-practice and plan-vs-actual blocks, host-neutral like the rest of the
 * layout: tactic types and partner x type ranked by ROI (with the too-few mark and the line of
 * money tied to no tactic type), each initiative's Target against its actual, and each tactic's
 * expected against actual revenue and pipeline. Ratios are fractions under a percent format.
 * At most two text columns lead each block, so metric columns line up with the figure tables.
 */
import type { Analysis } from "../engine";
import { bestPractice } from "../engine/bestPractice";
import type { PracticeRow } from "../engine/bestPractice";
import { initiativeTargets, tacticResults } from "../engine/planVsActual";
import { isMoneyMetric } from "../model/metricAmount";
import { centsToUnits } from "../model/money";
import type { Cents } from "../model/money";
import type { Block, CellFormat, LayoutValue } from "./layout";

/** Tactics listed on the Dashboard at most; the JSON and CSV reports list them all. */
export const MAX_DASHBOARD_TACTICS = 500;

/** The text in a line's "Too few" column when fewer than the minimum tactics stand behind it. */
export const TOO_FEW_TEXT = "too few to trust";

const money = (c: Cents | null): LayoutValue => (c === null ? null : centsToUnits(c));

const PRACTICE_HEADER = ["Tactics", "Spend", "Revenue", "ROI", "ROI rank", "Cost per opportunity", "Cost rank", "Too few"];
const PRACTICE_FORMATS: CellFormat[] = ["count", "money", "money", "percent", "count", "money", "count", "text"];

function practiceValues(r: PracticeRow): LayoutValue[] {
  return [r.tactics, money(r.spend), money(r.revenue), r.roi, r.roiRank, money(r.costPerOpportunity), r.costRank, r.tooFew ? TOO_FEW_TEXT : null];
}

function practiceBlock(analysis: Analysis): Block[] {
  const bp = bestPractice(analysis);
  const u = bp.unattributed;
  return [
    {
      key: "bestPractice",
      title: `What works best: tactic types by ROI (fewer than ${bp.minTactics} tactics: too few to trust)`,
      header: ["Tactic type", ...PRACTICE_HEADER],
      formats: ["text", ...PRACTICE_FORMATS],
      rows: [
        ...bp.types.map((r) => [r.type, ...practiceValues(r)]),
        // Money tied to no tactic type closes the ranking, so the block adds up to the totals.
        ["Not tied to any tactic type", null, money(u.spend), money(u.revenue), null, null, null, null, null],
      ],
    },
    {
      key: "partnerPractice",
      title: "What works best: partner and tactic type by ROI",
      header: ["Partner", "Tactic type", ...PRACTICE_HEADER],
      formats: ["text", "text", ...PRACTICE_FORMATS],
      rows: bp.partnerTypes.map((r) => [r.partnerName || (r.partnerId ?? ""), r.type, ...practiceValues(r)]),
    },
  ];
}

function targetBlock(analysis: Analysis): Block {
  const targets = initiativeTargets(analysis);
  const formats: CellFormat[] = ["text", "text", "money", "money", "percent", "text"];
  return {
    key: "targets",
    title: "Plan vs actual: initiative targets",
    header: ["Initiative ID", "Initiative", "Target", "Actual", "Attainment", "Metric"],
    formats,
    rows: targets.map((t) => [t.id, t.name, t.target, t.actual, t.attainment, t.metric]),
    // A target is typed in its Metric's unit: money for Revenue and Pipeline, a count otherwise.
    rowFormats: targets.map((t) => (isMoneyMetric(t.metric) ? formats : ["text", "text", "count", "count", "percent", "text"])),
  };
}

function tacticBlock(analysis: Analysis): Block {
  const tactics = tacticResults(analysis);
  const listed = tactics.slice(0, MAX_DASHBOARD_TACTICS);
  const more = tactics.length > listed.length ? ` (the first ${listed.length} of ${tactics.length}; the CSV report lists them all)` : "";
  return {
    key: "tacticResults",
    title: `Plan vs actual by tactic${more}`,
    header: ["Tactic ID", "Partner ID", "Expected revenue", "Revenue", "Of expected revenue", "Expected pipeline", "Pipeline", "Of expected pipeline", "Claims", "Spend", "Initiative ID", "Tactic type", "Status"],
    formats: ["text", "text", "money", "money", "percent", "money", "money", "percent", "count", "money", "text", "text", "text"],
    rows: listed.map((t) => [
      t.id,
      t.partnerId,
      money(t.expectedRevenue),
      money(t.revenue),
      t.revenueAttainment,
      money(t.expectedPipeline),
      money(t.pipeline),
      t.pipelineAttainment,
      t.claims,
      money(t.spend),
      t.initiativeId,
      t.type,
      t.status,
    ]),
  };
}

/** The best-practice and plan-vs-actual blocks, after the figure tables. */
export function practiceBlocks(analysis: Analysis): Block[] {
  return [...practiceBlock(analysis), targetBlock(analysis), tacticBlock(analysis)];
}
