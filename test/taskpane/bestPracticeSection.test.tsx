/** @jest-environment jsdom */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyze } from "../../src/engine";
import { bestPractice, bestTrusted } from "../../src/engine/bestPractice";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import { excelPane } from "./support/pane";
import { rowsOf } from "./support/tables";

describe("What works best in the Results view", () => {
  test("ranks tactic types by ROI with their tactics, cost per opportunity and ranks", async () => {
    await excelPane({ view: "results" });
    expect(screen.getByText("Content syndication returns the most per MDF dollar: ROI 706.5%. 5 tactics stand behind it.")).toBeTruthy();
    const types = rowsOf("Tactic types ranked by ROI");
    expect(types[0]).toEqual(["Content syndication5 tactics, spend $73,115.97", "706.5%#1", "—", "$589,700.00"]);
    expect(types[1]).toEqual(["Trade show4 tactics, spend $67,559.87", "662.7%#2", "$5,629.99#4", "$515,300.00"]);
    expect(types[types.length - 1][0]).toBe("Training4 tactics, spend $14,800.95");
    const chart = screen.getByRole("figure", { name: "ROI by tactic type" });
    expect(within(chart).getByText("Content syndication: 706.5%")).toBeTruthy();
  });

  test("shows the revenue tied to no tactic as its own line", async () => {
    await excelPane({ view: "results" });
    expect(screen.getByText(/^Not tied to any tactic type: revenue \$686,250\.50, spend \$0\.00, 6 opportunities/)).toBeTruthy();
  });

  test("narrowed to one partner, keeps the section and marks the figures too few tactics stand behind", async () => {
    const user = userEvent.setup();
    await excelPane({ view: "results" });
    await user.selectOptions(screen.getByLabelText("Best practice for"), "P-101");
    const expected = bestPractice(analyze(samplePlanTables()), "P-101");
    const types = rowsOf("Tactic types ranked by ROI");
    expect(types.map((r) => r[0].split(/\d+ tactics?/)[0])).toEqual(expected.types.map((t) => t.type));
    const few = expected.types.filter((t) => t.tooFew);
    expect(few.length).toBeGreaterThan(0);
    expect(types.filter((r) => r[0].includes("(too few to trust)")).length).toBe(few.length);
    expect(rowsOf("Partner and tactic type ranked by ROI").every((r) => r[0].startsWith("Adatum Corporation · "))).toBe(true);
    expect(screen.getByText(/^Not tied to any tactic type: revenue /)).toBeTruthy();
  });

  test("the summary says one tactic stands behind a figure, and several stand", async () => {
    const user = userEvent.setup();
    await excelPane({ view: "results" });
    const analysis = analyze(samplePlanTables());
    // A partner whose best line has a single tactic behind it.
    const partner = analysis.partners.find((p) => bestTrusted(bestPractice(analysis, p.key).types)?.tactics === 1);
    if (!partner) throw new Error("no partner whose best line has one tactic");
    await user.selectOptions(screen.getByLabelText("Best practice for"), partner.key);
    const section = screen.getByRole("region", { name: "What works best" });
    expect(within(section).getByText(/Only 1 tactic stands behind it: fewer than \d+, too few to trust\.$/)).toBeTruthy();
    expect(within(section).queryByText(/1 tactic stand behind/)).toBeNull();
  });

  test("the summary prefers a line enough tactics stand behind", () => {
    const rows = bestPractice(analyze(samplePlanTables())).types;
    expect(bestTrusted(rows)?.type).toBe("Content syndication");
    const firstTooFew = rows.map((r, i) => ({ ...r, tooFew: i === 0 }));
    expect(bestTrusted(firstTooFew)?.type).toBe("Trade show");
    expect(bestTrusted(rows.map((r) => ({ ...r, tooFew: true })))?.type).toBe("Content syndication");
    expect(bestTrusted(rows.map((r) => ({ ...r, roiRank: null })))).toBeUndefined();
  });
});
