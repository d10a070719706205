/**
 * Funds at risk, the Unclaimed after window figure (issue 17): an approved tactic's funding not
 * claimed (Submitted, Approved or Paid) once its End plus the claim window has passed at As of.
 * Worked by hand on the clean plan: T1 funded 10,000, C1 claimed 9,000 (approved 8,500), window
 * closed 2026-04-16; T2 funded 4,000, no claim, ends 2026-11-01, window closes 2026-12-16;
 * T3 funded 3,000 and claimed 3,000; T4 is a Draft.
 */
import { addRows, check, editCell, settingsWith } from "../../helpers/findings";
import { cleanPlan, d } from "../../helpers/tables";

const asOf = (day: string) => settingsWith({ "As of": d(day) });
const partner = (analysis: ReturnType<typeof check>, id: string) => analysis.partners.find((p) => p.id === id)!.figures;

describe("Unclaimed after window", () => {
  test("on the day the window closes the tactic is still on time; the day after, its funding is at risk", () => {
    // T1's 1,000 unclaimed (what C1 asked for counts, not the 8,500 approved) is at risk either way.
    expect(check(cleanPlan(), asOf("2026-12-16")).totals.unclaimedAfterWindow).toBe(100_000);
    const after = check(cleanPlan(), asOf("2026-12-17"));
    expect(after.totals.unclaimedAfterWindow).toBe(500_000);
    expect(partner(after, "P001").unclaimedAfterWindow).toBe(500_000);
    expect(partner(after, "P002").unclaimedAfterWindow).toBe(0);
    expect(after.initiatives.find((i) => i.id === "I-SEC")!.figures.unclaimedAfterWindow).toBe(400_000);
  });

  test("a Submitted claim reduces it; Draft and Rejected claims do not", () => {
    const claim = (id: string, status: string, amount: number) => ({ "Claim ID": id, "Tactic ID": "T2", "Amount claimed": amount, "Submitted on": d("2026-11-05"), Status: status });
    const parts = addRows(cleanPlan(), "JmpClaims", claim("C3", "Submitted", 1500.25), claim("C4", "Draft", 1000), claim("C5", "Rejected", 500));
    expect(check(parts, asOf("2026-12-17")).totals.unclaimedAfterWindow).toBe(100_000 + 249_975);
  });

  test("claims above the funding leave nothing at risk, never a negative amount", () => {
    const parts = editCell(cleanPlan(), "JmpClaims", 0, "Amount claimed", 12_000);
    editCell(parts, "JmpClaims", 0, "Amount approved", 10_000);
    expect(check(parts, asOf("2026-12-16")).totals.unclaimedAfterWindow).toBe(0);
  });

  test("only approved tactics with an End count", () => {
    const draft = editCell(cleanPlan(), "JmpTactics", 1, "Status", "Submitted");
    expect(check(draft, asOf("2027-06-01")).totals.unclaimedAfterWindow).toBe(100_000);
    const noEnd = editCell(cleanPlan(), "JmpTactics", 1, "End", null);
    expect(check(noEnd, asOf("2027-06-01")).totals.unclaimedAfterWindow).toBe(100_000);
  });

  test("the claim window setting moves the day", () => {
    const short = settingsWith({ "As of": d("2026-11-11"), "Claim window (days)": 10 });
    expect(check(cleanPlan(), short).totals.unclaimedAfterWindow).toBe(100_000);
    const dayAfter = settingsWith({ "As of": d("2026-11-12"), "Claim window (days)": 10 });
    expect(check(cleanPlan(), dayAfter).totals.unclaimedAfterWindow).toBe(500_000);
  });
});
