/**
 * Structured findings in the JSON report: each finding's IDs (its own row's, and the partner,
 * initiative and tactic that row names or belongs to) and, for money findings, the amount and the
 * limit in currency units, next to the message.
 */
import { analyze } from "../../../src/engine";
import { reportJson } from "../../../src/engine/reportJson";
import type { FindingJson } from "../../../src/engine/findingsJson";
import { samplePlanTables } from "../../../src/model/sample/samplePlan";
import { cleanPlan, workbook } from "../../helpers/tables";

/** The JSON findings of a plan with one code. */
function issues(parts: ReturnType<typeof cleanPlan>, code: string): FindingJson[] {
  return reportJson(analyze(workbook(parts))).issues.filter((i) => i.code === code);
}

describe("money figures", () => {
  const sample = reportJson(analyze(samplePlanTables())).issues;

  test("a tactic funded above its request gives what it is funded and its request", () => {
    const f02 = sample.find((i) => i.code === "F02");
    expect(f02).toMatchObject({ row: 30, ids: { tactic: "T-26029", partner: "P-102", initiative: "INI-SECURITY" }, amount: 25750, limit: 23250 });
    expect(f02?.message).toBe("Tactic T-26029 is funded $25,750.00, above its MDF requested $23,250.00");
  });

  test("counted claims above funding give the counted sum and the funding; a lump sum its amount and no limit", () => {
    expect(sample.find((i) => i.code === "C02")).toMatchObject({ ids: { claim: "CL-014", tactic: "T-26019", partner: "P-102" }, amount: 12860, limit: 12250 });
    expect(sample.find((i) => i.code === "F04")).toMatchObject({ ids: { allocation: "AL-033", partner: "P-101" }, amount: 10000, limit: null });
  });

  test("MDF requested above the share gives the request and the largest amount the share allows, in whole cents", () => {
    const parts = cleanPlan();
    // 33.33 % of 1,000.02 is 333.306666: the most that may be asked is 333.30 (333.31 is above it).
    parts.JmpPartners = parts.JmpPartners!.map((p) => (p["Partner ID"] === "P002" ? { ...p, "Max MDF share": 0.3333 } : p));
    parts.JmpTactics = parts.JmpTactics!.map((t) => (t["Tactic ID"] === "T4" ? { ...t, "Total cost": 1000.02, "MDF requested": 400 } : t));
    const t4 = issues(parts, "P05").filter((i) => i.ids.tactic === "T4");
    expect(t4).toEqual([expect.objectContaining({ ids: { tactic: "T4", partner: "P002", initiative: "I-SEC" }, amount: 400, limit: 333.3 })]);
  });

  test("approved above claimed, and budgets passed, give both figures", () => {
    const parts = cleanPlan();
    parts.JmpClaims = parts.JmpClaims!.map((c) => (c["Claim ID"] === "C2" ? { ...c, "Amount approved": 3100.5 } : c));
    parts.JmpPartners = parts.JmpPartners!.map((p) => (p["Partner ID"] === "P002" ? { ...p, "MDF budget": 2500 } : p));
    expect(issues(parts, "C03")).toEqual([expect.objectContaining({ ids: { claim: "C2", tactic: "T3", partner: "P002", initiative: "I-SEC" }, amount: 3100.5, limit: 3000 })]);
    expect(issues(parts, "P06")).toEqual([expect.objectContaining({ ids: { partner: "P002" }, amount: 3000, limit: 2500 })]);
    expect(issues(parts, "F05")).toEqual([expect.objectContaining({ ids: { partner: "P002" }, amount: 3000, limit: 2500 })]);
  });

  test("a finding about no amount has null figures", () => {
    expect(sample.find((i) => i.code === "C06")).toMatchObject({ amount: null, limit: null });
  });
});

describe("IDs", () => {
  test("a claim's partner and initiative are its tactic's; an outcome names its own", () => {
    const sample = reportJson(analyze(samplePlanTables())).issues;
    expect(sample.find((i) => i.code === "C05")?.ids).toEqual({ claim: "CL-012", tactic: "T-26018", partner: "P-105", initiative: "INI-SECURITY" });
    expect(sample.find((i) => i.code === "O01")?.ids).toEqual({ outcome: "OC-001", partner: "P-103", initiative: "INI-CLOUD" });
  });

  test("a whole-table finding has no IDs; the IDs of a row are those written, even unknown ones", () => {
    const parts = cleanPlan();
    parts.JmpTactics = [...parts.JmpTactics!, { "Tactic ID": "T9", "Partner ID": "P404", "Initiative ID": "I-CLOUD", "Tactic type": "Webinar", Status: "Draft" }];
    const withoutOutcomes = reportJson(analyze(workbook(parts).filter((t) => t.name !== "JmpOutcomes"))).issues;
    expect(withoutOutcomes.filter((i) => i.code === "S01")).toEqual([expect.objectContaining({ table: "JmpOutcomes", row: null, ids: {} })]);
    expect(issues(parts, "R01")[0].ids).toEqual({ tactic: "T9", partner: "P404", initiative: "I-CLOUD" });
  });
});
