/**
 * What a cell shows when a function has no number: `#N/A` with a reason a user can act on, or
 * `#VALUE!` for an argument of the wrong type. Errors reach Excel through the injected factory.
 */
import { analyze } from "../../src/engine";
import { toCellValue } from "../../src/functions/errors";
import { computeFunction } from "../../src/functions/figureLookup";
import { FUNCTION_SPECS, PARTNER_FUNCTION_NAMES } from "../../src/functions/functionSpecs";
import type { FunctionName } from "../../src/functions/functionSpecs";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import { table, workbook } from "../helpers/tables";
import { cellError, na } from "./doubles";

/** What the cell shows: the number, or the error built by the test factory. */
function cell(tables: Parameters<typeof analyze>[0], name: FunctionName, partner?: unknown, initiative?: unknown) {
  return toCellValue(computeFunction(analyze(tables), name, partner, initiative), cellError);
}

const sample = samplePlanTables();
const TAKES_INITIATIVE = PARTNER_FUNCTION_NAMES.filter((n) => FUNCTION_SPECS[n].takesInitiative);

describe("unknown partner or initiative", () => {
  test.each(PARTNER_FUNCTION_NAMES)('JMP.%s("P-999") is #N/A "unknown partner P-999"', (name) => {
    expect(cell(sample, name, "P-999")).toEqual(na("unknown partner P-999"));
  });

  test("the message names the partner as typed, trimmed", () => {
    expect(cell(sample, "ROI", "  Contoso Partner  ")).toEqual(na("unknown partner Contoso Partner"));
    expect(cell(sample, "ROI", 1001)).toEqual(na("unknown partner 1001"));
  });

  test.each(TAKES_INITIATIVE)('JMP.%s(partner, "INI-NOPE") is #N/A "unknown initiative INI-NOPE"', (name) => {
    expect(cell(sample, name, "P-101", "INI-NOPE")).toEqual(na("unknown initiative INI-NOPE"));
    expect(cell(sample, name, "*", "INI-NOPE")).toEqual(na("unknown initiative INI-NOPE"));
  });

  test("an initiative referenced by tactics but missing from the Initiatives table is unknown", () => {
    // The sample's tactic T-26064 names INI-EDGE, which the Initiatives table lacks (R02).
    expect(cell(sample, "SPEND", "*", "INI-EDGE")).toEqual(na("unknown initiative INI-EDGE"));
  });

  test("a name two partners share picks neither", () => {
    const tables = workbook({
      JmpPartners: [
        { "Partner ID": "P1", Partner: "Northwind", "MDF budget": 1000 },
        { "Partner ID": "P2", Partner: "northwind", "MDF budget": 2000 },
      ],
    });
    expect(cell(tables, "BUDGET", "Northwind")).toEqual(na("several partners are named Northwind; use the Partner ID"));
    expect(cell(tables, "BUDGET", "P2")).toBe(2000);
  });

  test("an ID wins over another partner's name", () => {
    const tables = workbook({
      JmpPartners: [
        { "Partner ID": "ACME", Partner: "Acme Europe", "MDF budget": 1000 },
        { "Partner ID": "P2", Partner: "Acme", "MDF budget": 2000 },
      ],
    });
    expect(cell(tables, "BUDGET", "acme")).toBe(1000);
    expect(cell(tables, "BUDGET", "Acme Europe")).toBe(1000);
  });
});

describe("undefined ratios", () => {
  // A partner with a budget and nothing else: every ratio's denominator is zero.
  const bare = workbook({ JmpPartners: [{ "Partner ID": "P1", Partner: "Bare", "MDF budget": 5000 }] });

  test.each([
    ["ROI", "no spend yet"],
    ["COVERAGE", "no requested MDF"],
    ["ALIGNMENT", "nothing authorized"],
    ["UTILIZATION", "nothing authorized"],
    ["PROGRESS", "no approved tactics"],
    ["ATTAINMENT", "no forecast"],
  ] as [FunctionName, string][])("JMP.%s is #N/A %p when its denominator is zero", (name, reason) => {
    expect(cell(bare, name, "P1")).toEqual(na(reason));
    expect(cell(bare, name)).toEqual(na(reason));
  });

  test("sums and counts are 0, not errors, when nothing is recorded", () => {
    for (const name of ["REVENUE", "SPEND", "AUTHORIZED", "FORECAST", "ISSUES"] as FunctionName[]) expect(cell(bare, name, "P1")).toBe(0);
    expect(cell(bare, "BUDGET", "P1")).toBe(5000);
  });

  test("JMP.BUDGET is #N/A \"no MDF budget set\" for a partner whose MDF budget is blank, never 0", () => {
    const unset = workbook({
      JmpPartners: [
        { "Partner ID": "P1", Partner: "Unset" },
        { "Partner ID": "P2", Partner: "Set", "MDF budget": 700 },
      ],
    });
    expect(cell(unset, "BUDGET", "P1")).toEqual(na("no MDF budget set"));
    expect(cell(unset, "BUDGET", "P2")).toBe(700);
    // All partners: the budgets that are set.
    expect(cell(unset, "BUDGET")).toBe(700);
    expect(cell(workbook({ JmpPartners: [{ "Partner ID": "P1", Partner: "Unset" }] }), "BUDGET")).toEqual(na("no MDF budget set"));
  });

  test("in the sample, the inactive partner Wingtip has no spend: ROI says so", () => {
    expect(cell(sample, "ROI", "Wingtip IT Partners")).toEqual(na("no spend yet"));
  });
});

describe("a workbook without the JMP tables", () => {
  test.each(PARTNER_FUNCTION_NAMES)('JMP.%s() in a workbook with no JMP table is #N/A "no JMP plan in this workbook"', (name) => {
    expect(cell([], name)).toEqual(na("no JMP plan in this workbook"));
    expect(cell([], name, "P-101")).toEqual(na("no JMP plan in this workbook"));
  });

  test("a missing table the figure needs is named; figures from the other tables still work", () => {
    const withoutOutcomes = sample.filter((t) => t.name !== "JmpOutcomes");
    const message = "no JMP plan in this workbook: the Outcomes table (JmpOutcomes) is missing";
    expect(cell(withoutOutcomes, "REVENUE")).toEqual(na(message));
    expect(cell(withoutOutcomes, "ROI", "P-101")).toEqual(na(message));
    expect(cell(withoutOutcomes, "ATTAINMENT")).toEqual(na(message));
    expect(cell(withoutOutcomes, "SPEND")).toBe(analyze(sample).totals.spend / 100);
    expect(cell(withoutOutcomes, "BUDGET", "P-101")).toBe(250000);
  });

  test("without the Partners table no partner figure exists", () => {
    const withoutPartners = sample.filter((t) => t.name !== "JmpPartners");
    expect(cell(withoutPartners, "BUDGET")).toEqual(na("no JMP plan in this workbook: the Partners table (JmpPartners) is missing"));
    expect(cell(withoutPartners, "SPEND", "P-101")).toEqual(na("no JMP plan in this workbook: the Partners table (JmpPartners) is missing"));
  });

  test("an initiative argument needs the Initiatives table", () => {
    const withoutInitiatives = sample.filter((t) => t.name !== "JmpInitiatives");
    expect(cell(withoutInitiatives, "SPEND", "P-101", "INI-CLOUD")).toEqual(
      na("no JMP plan in this workbook: the Initiatives table (JmpInitiatives) is missing"),
    );
    expect(cell(withoutInitiatives, "SPEND", "P-101")).toBe(analyze(sample).partners[0].figures.spend / 100);
  });

  test("JMP.ISSUES() still counts when some tables are missing (each missing table is an error)", () => {
    const onlyPartners = sample.filter((t) => t.name === "JmpPartners");
    const expected = analyze(onlyPartners).findings.filter((f) => f.severity === "error").length;
    expect(expected).toBeGreaterThanOrEqual(7);
    expect(cell(onlyPartners, "ISSUES")).toBe(expected);
  });

  test("a needed table without a required column gives no figure rather than a wrong one", () => {
    const outcomes = table("JmpOutcomes", [{ "Partner ID": "P1", Metric: "Revenue", Date: "2026-03-01" }], ["Partner ID", "Metric", "Date"]);
    const tables = workbook({ JmpPartners: [{ "Partner ID": "P1", Partner: "One", "MDF budget": 100 }] }).map((t) =>
      t.name === "JmpOutcomes" ? outcomes : t,
    );
    expect(cell(tables, "REVENUE", "P1")).toEqual(na("the Outcomes table has no Value column"));
    expect(cell(tables, "BUDGET", "P1")).toBe(100);
  });
});

describe("wrong argument types", () => {
  test.each([
    ["TRUE", true],
    ["FALSE", false],
    ["an array", [["P-101"]]],
    ["an object", { type: "Entity" }],
    ["NaN", Number.NaN],
  ])("a partner given as %s is #VALUE!", (_what, value) => {
    for (const name of PARTNER_FUNCTION_NAMES) {
      expect(cell(sample, name, value)).toEqual({ error: "#VALUE!", message: 'partner must be a Partner ID or partner name (or "*" for all partners)' });
    }
  });

  test.each([
    ["TRUE", true],
    ["an array", [[1, 2]]],
  ])("an initiative given as %s is #VALUE!", (_what, value) => {
    for (const name of TAKES_INITIATIVE) {
      expect(cell(sample, name, "P-101", value)).toEqual({ error: "#VALUE!", message: "initiative must be an Initiative ID or initiative name" });
    }
  });

  test("a wrong type is reported before the plan is looked at", () => {
    expect(cell([], "ROI", true)).toMatchObject({ error: "#VALUE!" });
  });
});
