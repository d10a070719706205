/**
 * What a pack may not do, listed rather than dropped (SPEC section 7): an outcome crediting its
 * partner on another partner's tactic is refused like the same claim; edits to the reference
 * tables a pack shows (the partner's own Partners row, Settings, Initiatives, Tactic Types) are
 * listed as refused, in the engine's plan and in the CLI's dry run.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { planMerge } from "../../src/engine/merge";
import { cleanPlan, d, PLAN_SETTINGS, workbook } from "../helpers/tables";
import { ids, merge, packOf } from "./mergeFixtures";
import { edited, jmp, packBytes, samplePlanBytes, sheet, tempDir } from "./packHelpers";

describe("outcomes on another partner's tactic", () => {
  test("an outcome naming its own partner on another partner's tactic is refused, as the claim is", () => {
    const plan = cleanPlan();
    const pack = packOf(plan, "P001");
    pack.rows.JmpOutcomes?.push({ "Outcome ID": "O-STEAL", "Partner ID": "P001", "Tactic ID": "T3", Metric: "Revenue", Value: 1_000_000, Date: d("2026-06-01") });
    pack.rows.JmpClaims?.push({ "Claim ID": "C-STEAL", "Tactic ID": "T3", "Amount claimed": 100, Status: "Draft" });
    const result = merge(plan, pack);
    expect(ids(result.refused)).toEqual(["JmpClaims C-STEAL", "JmpOutcomes O-STEAL"]);
    expect(result.refused[1].reason).toBe("Tactic ID T3 is not one of partner P001's tactics");
    expect(ids(result.added)).toEqual([]);
  });

  test("an outcome on the partner's own tactic, or on one the pack adds, is added", () => {
    const plan = cleanPlan();
    const pack = packOf(plan, "P001");
    pack.rows.JmpTactics?.push({ "Tactic ID": "T-NEW", "Partner ID": "P001", "Initiative ID": "I-CLOUD", "Tactic type": "Event", Start: d("2026-12-01"), End: d("2026-12-02"), "Total cost": 10, "MDF requested": 5, Status: "Submitted" });
    pack.rows.JmpOutcomes?.push(
      { "Outcome ID": "O-OWN", "Partner ID": "P001", "Tactic ID": "T1", Metric: "Revenue", Value: 10, Date: d("2026-06-01") },
      { "Outcome ID": "O-NEW", "Partner ID": "P001", "Tactic ID": "T-NEW", Metric: "Revenue", Value: 10, Date: d("2026-12-03") },
    );
    const result = merge(plan, pack);
    expect(result.refused).toEqual([]);
    expect(ids(result.added)).toEqual(["JmpTactics T-NEW", "JmpOutcomes O-OWN", "JmpOutcomes O-NEW"]);
  });
});

describe("edits to the reference tables", () => {
  test("a changed Partners row, Initiative and Setting, and a new Initiative, are each listed as refused", () => {
    const plan = cleanPlan();
    const pack = packOf(plan, "P001");
    const packTables = workbook(
      {
        ...pack.rows,
        JmpPartners: [{ "Partner ID": "P001", Partner: "Northwind", Tier: "Gold", Region: "EMEA", "MDF budget": 900000, Active: "Yes" }],
        JmpInitiatives: [
          { "Initiative ID": "I-CLOUD", Initiative: "Cloud migration", Metric: "Revenue", Target: 1, Active: "Yes" },
          { "Initiative ID": "I-MINE", Initiative: "Mine", Metric: "Revenue", Target: 1, Active: "Yes" },
        ],
      },
      { ...PLAN_SETTINGS, "Max MDF share": 0.95 },
    );
    const result = planMerge({ plan: workbook(plan), pack: packTables, provenance: pack.provenance });
    expect(result.refused.map((r) => `${r.table} ${r.id} ${r.column ?? "(row)"}`)).toEqual([
      "JmpInitiatives I-CLOUD Target",
      "JmpInitiatives I-MINE (row)",
      "JmpPartners P001 MDF budget",
      "JmpSettings Max MDF share Value",
    ]);
    expect(result.refused[2]).toMatchObject({ plan: 50000, pack: 900000, reason: "Partners are shown in a pack for reference; changes there are not imported" });
    expect(result).toMatchObject({ added: [], changed: [], cellWrites: [], rowAppends: [] });
  });

  test("a pack whose reference tables are as packed lists nothing", () => {
    const plan = cleanPlan();
    const pack = packOf(plan, "P001");
    const result = planMerge({ plan: workbook(plan), pack: workbook({ ...pack.rows, JmpPartners: [plan.JmpPartners![0]], JmpInitiatives: plan.JmpInitiatives }), provenance: pack.provenance });
    expect(result.refused).toEqual([]);
  });

  test("the dry run lists edits to Settings and the partner's row as refused, not only 'Nothing to apply'", async () => {
    const dir = tempDir();
    const plan = join(dir, "plan.xlsx");
    const pack = join(dir, "pack.xlsx");
    await writeFile(plan, await samplePlanBytes());
    await writeFile(
      pack,
      await edited(await packBytes(await samplePlanBytes(), "P-103"), (wb) => {
        const partners = sheet(wb, "Partners");
        partners.getCell(2, partners.getRow(1).values ? (partners.getRow(1).values as unknown[]).indexOf("MDF budget") : 0).value = 9_999_999;
        const settings = sheet(wb, "Settings");
        for (let r = 2; r <= settings.rowCount; r++) if (settings.getCell(r, 1).value === "Max MDF share") settings.getCell(r, 2).value = 0.99;
      }),
    );
    const preview = await jmp("merge", plan, pack, "--dry-run");
    expect(preview.stdout).toMatch(/Refused: 2\n {2}Partners P-103 MDF budget \(Partners!E2\): pack \$9,999,999\.00, plan keeps \$150,000\.00 \(Partners are shown in a pack for reference; changes there are not imported\)\n {2}Settings Max MDF share Value \(Settings!B7\): pack 0.99/);
    expect(preview.code).toBe(1);
  });
});
