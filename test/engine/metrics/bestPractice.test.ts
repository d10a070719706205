/**
 * What works best: tactic types and partner x type ranked by ROI and cost per opportunity, with
 * their tactic counts, the too-few mark, and the money tied to no tactic as its own line.
 */
import { analyze } from "../../../src/engine";
import { bestPractice, MIN_TACTICS } from "../../../src/engine/bestPractice";
import { samplePlanTables } from "../../../src/model/sample/samplePlan";
import { cleanPlan, d, workbook } from "../../helpers/tables";

const clean = analyze(workbook(cleanPlan()));

test("types are ranked by ROI, each with its tactics, spend, revenue and cost per opportunity", () => {
  const bp = bestPractice(clean);
  // Event: T1 (spend 8,500, revenue 60,000); T4, a Draft with nothing recorded, stands behind no
  // figure. Webinar: T2 and T3, both approved (spend 3,000, no revenue).
  expect(bp.types.map((t) => [t.type, t.tactics, t.spend, t.revenue, t.roiRank])).toEqual([
    ["Event", 1, 850000, 6000000, 1],
    ["Webinar", 2, 300000, 0, 2],
  ]);
  expect(bp.types[0].roi).toBeCloseTo((60000 - 8500) / 8500);
  expect(bp.types[1].roi).toBe(-1);
  // No opportunity is tied to a tactic: no cost per opportunity, no place by cost.
  expect(bp.types.map((t) => [t.costPerOpportunity, t.costRank])).toEqual([
    [null, null],
    [null, null],
  ]);
});

test("a figure with fewer than three tactics behind it is marked too few; tactics that never ran and recorded nothing do not count", () => {
  expect(MIN_TACTICS).toBe(3);
  const bp = bestPractice(clean);
  expect(bp.types.every((t) => t.tooFew)).toBe(true);
  const tactic = (id: string, status: string) => ({ "Tactic ID": id, "Partner ID": "P002", "Initiative ID": "I-SEC", "Tactic type": "Webinar", Start: d("2026-05-01"), End: d("2026-05-01"), "Total cost": 100, "MDF requested": 50, Status: status });
  const withDrafts = cleanPlan();
  withDrafts.JmpTactics?.push(tactic("T5", "Draft"), tactic("T6", "Cancelled"), tactic("T7", "Rejected"));
  const drafts = bestPractice(analyze(workbook(withDrafts)));
  expect(drafts.types.find((t) => t.type === "Webinar")).toMatchObject({ tactics: 2, tooFew: true });
  // A cancelled tactic whose results came in anyway stands behind them.
  withDrafts.JmpOutcomes?.push({ "Outcome ID": "O9", "Partner ID": "P002", "Tactic ID": "T6", Metric: "Opportunities", Value: 2, Date: d("2026-06-01") });
  expect(bestPractice(analyze(workbook(withDrafts))).types.find((t) => t.type === "Webinar")).toMatchObject({ tactics: 3, tooFew: false });
  const approved = cleanPlan();
  approved.JmpTactics?.push(tactic("T5", "Approved"));
  const three = bestPractice(analyze(workbook(approved)));
  expect(three.types.find((t) => t.type === "Webinar")?.tooFew).toBe(false);
  expect(three.types.find((t) => t.type === "Event")?.tooFew).toBe(true);
});

test("revenue and opportunities tied to no tactic are their own line, and every line adds up to the totals", () => {
  const bp = bestPractice(clean);
  // O2 (4 opportunities) and O4 (revenue 12,000.50) name no tactic.
  expect(bp.unattributed).toEqual({ spend: 0, revenue: 1200050, opportunities: 4 });
  const sum = (key: "spend" | "revenue" | "opportunities") => bp.types.reduce((s, t) => s + t[key], 0) + bp.unattributed[key];
  expect([sum("spend"), sum("revenue"), sum("opportunities")]).toEqual([clean.totals.spend, clean.totals.revenue, clean.totals.opportunities]);
});

test("partner x type lines rank each partner's tactics of a type", () => {
  const bp = bestPractice(clean);
  expect(bp.partnerTypes.map((p) => [p.partnerId, p.type, p.tactics, p.roiRank])).toEqual([
    ["P001", "Event", 1, 1],
    ["P002", "Webinar", 1, 2],
    // No spend yet: no ROI, so no place, listed after the ranked ones. P002's Event, T4, is a
    // Draft with nothing recorded: no line.
    ["P001", "Webinar", 1, null],
  ]);
  expect(bp.partnerTypes[0].partnerName).toBe("Northwind");
});

test("a partner filter keeps the section: that partner's types and its own unattributed line", () => {
  const p002 = bestPractice(clean, "P002");
  expect(p002.types.map((t) => [t.type, t.tactics])).toEqual([["Webinar", 1]]);
  expect(p002.partnerTypes.every((p) => p.partnerId === "P002")).toBe(true);
  expect(p002.unattributed.revenue).toBe(1200050);
});

test("on the sample plan the types agree with the engine's by-type figures, and 18 % of revenue is unattributed", () => {
  const sample = analyze(samplePlanTables());
  const bp = bestPractice(sample);
  for (const t of bp.types) {
    const engine = sample.tacticTypes.find((x) => x.type === t.type)?.figures;
    expect([t.spend, t.revenue, t.roi]).toEqual([engine?.spend, engine?.revenue, engine?.roi]);
  }
  expect(Math.round((bp.unattributed.revenue / sample.totals.revenue) * 100)).toBe(18);
  // Ranked: each ROI at least the next one's.
  const rois = bp.types.map((t) => t.roi ?? -Infinity);
  expect(rois).toEqual([...rois].sort((a, b) => b - a));
});

test("an initiative filter keeps its own tactics, and its unattributed line closes the initiative's figures", () => {
  // I-SEC: T2 (P001) and T3 (P002), approved webinars; T4, a Draft event, stands behind nothing.
  const sec = bestPractice(clean, undefined, "I-SEC");
  expect(sec.types.map((t) => [t.type, t.tactics, t.spend])).toEqual([["Webinar", 2, 300000]]);
  const figures = clean.initiatives.find((i) => i.key === "I-SEC")?.figures;
  const sum = (key: "spend" | "revenue" | "opportunities") => sec.types.reduce((s, t) => s + t[key], 0) + sec.unattributed[key];
  expect([sum("spend"), sum("revenue"), sum("opportunities")]).toEqual([figures?.spend, figures?.revenue, figures?.opportunities]);
  // A partner within it: P002's webinar alone.
  expect(bestPractice(clean, "P002", "I-SEC").partnerTypes.map((p) => [p.partnerId, p.type, p.tactics])).toEqual([["P002", "Webinar", 1]]);
  expect(bestPractice(clean, undefined, "I-CLOUD").types.map((t) => t.type)).toEqual(["Event"]);
});
