/**
 * Totals of the metric plan, computed by hand: sums over the partners of the Partners table.
 * A row whose Partner ID is unknown is a finding and counts nowhere.
 */
import { analyze } from "../../../src/engine";
import { d, workbook } from "../../helpers/tables";
import { figures, metricPlan, metricRows } from "./metricPlan";

describe("totals", () => {
  const analysis = analyze(metricPlan());

  test("the whole plan, without any of PX's rows", () => {
    expect(analysis.totals).toEqual(
      figures(
        { budget: 1_500_050, forecast: 3_300_025 },
        {
          requested: 830_000,
          authorized: 750_000,
          aligned: 560_000,
          coverage: 56 / 83,
          alignment: 56 / 75,
          spend: 210_050,
          paid: 200_050,
          utilization: 210_050 / 750_000,
          progress: 2 / 5,
          revenue: 1_600_001,
          pipeline: 400_000,
          opportunities: 6,
          leads: 12,
          deals: 2,
          attainment: 1_600_001 / 3_300_025,
          roi: (1_600_001 - 210_050) / 210_050,
          // 210,050 / 6 = 35,008.33 cents.
          costPerOpportunity: 35_008,
          overdueClaims: 2,
          // P1 700 + P2 3,000; TX (unknown partner) counts nowhere.
          unclaimedAfterWindow: 370_000,
          approvedTactics: 5,
          claimedTactics: 2,
        },
      ),
    );
  });

  test("the unknown partner's rows are findings (R01) and removing them changes no figure", () => {
    const r01Rows = analysis.findings.filter((f) => f.code === "R01").map((f) => `${f.table}:${f.row}`);
    // Joint Plan row 6, tactic TX (row 11), allocation A6 (row 7), outcome O7 (row 8).
    expect(r01Rows).toEqual(expect.arrayContaining(["JmpJointPlan:6", "JmpTactics:11", "JmpAllocations:7", "JmpOutcomes:8"]));

    const rows = metricRows();
    const known = (r: Record<string, unknown>) => r["Partner ID"] !== "PX";
    const withoutPX = analyze(
      workbook({
        ...rows,
        JmpJointPlan: rows.JmpJointPlan?.filter(known),
        JmpTactics: rows.JmpTactics?.filter(known),
        JmpAllocations: rows.JmpAllocations?.filter(known),
        JmpClaims: rows.JmpClaims?.filter((c) => c["Tactic ID"] !== "TX"),
        JmpOutcomes: rows.JmpOutcomes?.filter(known),
      }),
    );
    expect(withoutPX.totals).toEqual(analysis.totals);
    expect(withoutPX.initiatives).toEqual(analysis.initiatives);
    expect(withoutPX.tacticTypes).toEqual(analysis.tacticTypes);
  });

  test("partner IDs match trimmed and case-insensitively, like Excel's lookups", () => {
    const a = analyze(
      workbook({
        JmpPartners: [{ "Partner ID": "P-01", Partner: "Northwind", "MDF budget": 100 }],
        JmpAllocations: [{ "Allocation ID": "A1", "Partner ID": "  p-01 ", Amount: 40 }],
      }),
    );
    expect(a.partners[0].figures.authorized).toBe(4_000);
    expect(a.totals.authorized).toBe(4_000);
  });

  test("a duplicated allocation ID counts once", () => {
    const a = analyze(
      workbook({
        JmpPartners: [{ "Partner ID": "P1", Partner: "Northwind", "MDF budget": 100 }],
        JmpAllocations: [
          { "Allocation ID": "A1", "Partner ID": "P1", Amount: 40, "Authorized on": d("2026-02-01") },
          { "Allocation ID": "a1", "Partner ID": "P1", Amount: 40, "Authorized on": d("2026-02-01") },
        ],
      }),
    );
    expect(a.totals.authorized).toBe(4_000);
    expect(a.findings.map((f) => f.code)).toContain("V08");
  });

  test("repeated IDs in every large table at once count nowhere, and every kept row keeps its own values", () => {
    const rows = metricRows();
    /** A copy of a row under its ID in lower case, its money scaled so that counting it would show. */
    const repeat = (row: Record<string, unknown>, idHeader: string): Record<string, unknown> => {
      const copy: Record<string, unknown> = { ...row, [idHeader]: String(row[idHeader]).toLowerCase() };
      for (const [header, value] of Object.entries(copy)) if (typeof value === "number" && header !== "Start" && header !== "End") copy[header] = value * 7;
      return copy;
    };
    const insert = (list: Record<string, unknown>[] | undefined, at: number, idHeader: string, from: number) => {
      const copy = [...(list ?? [])];
      copy.splice(at, 0, repeat(copy[from], idHeader));
      return copy;
    };
    const repeated = analyze(
      workbook({
        ...rows,
        // Each table's repeat sits elsewhere, so each table's kept rows move by a different amount.
        JmpTactics: insert(rows.JmpTactics, 1, "Tactic ID", 0),
        JmpAllocations: insert(rows.JmpAllocations, rows.JmpAllocations?.length ?? 0, "Allocation ID", 1),
        JmpClaims: insert(rows.JmpClaims, 2, "Claim ID", 0),
        JmpOutcomes: insert(rows.JmpOutcomes, 3, "Outcome ID", 1),
      }),
    );
    expect(repeated.findings.filter((f) => f.code === "V08").map((f) => f.table)).toEqual(["JmpTactics", "JmpAllocations", "JmpClaims", "JmpOutcomes"]);
    expect(repeated.totals).toEqual(analysis.totals);
    expect(repeated.partners).toEqual(analysis.partners);
    expect(repeated.initiatives).toEqual(analysis.initiatives);
    expect(repeated.tacticTypes).toEqual(analysis.tacticTypes);
  });

  test("an empty plan has zero sums, null ratios and no budget (none is set)", () => {
    const a = analyze(workbook({}));
    expect(a.totals).toEqual(figures({ budget: null, forecast: 0 }, {}));
    expect(a.partners).toEqual([]);
    expect(a.tacticTypes).toEqual([]);
  });
});
