/**
 * How the merge log words an outcome's Value: by the Metric its line records (money in the
 * partner's currency for Revenue and Pipeline, a count otherwise); a line logged before the log
 * kept a Metric, by the Metric the log's own earlier applied lines gave the outcome, and as a
 * plain number when the log never says it.
 */
import { knownMetrics, logValueWords, mergeLogLines } from "../../src/engine/merge";
import type { LogLine, MergePlan, PackProvenance, ShownValue } from "../../src/engine/merge";

const EUR = { partner: "EUR", plan: "USD" };
const plain = (value: ShownValue | undefined): string => (value === null || value === undefined ? "(blank)" : String(value));

const base = { when: "2026-11-01T10:00:00.000Z", partner: "P-103", packMade: "2026-10-30T09:00:00.000Z", table: "Outcomes", result: "applied" } as const;
/** A line as a log written before the Metric column holds it. */
const old = (id: string, column: string, before: ShownValue, after: ShownValue, result: LogLine["result"] = "applied"): LogLine => ({ ...base, id, column, old: before, new: after, result });

/** A line's change as the pane's log shows it. */
function change(line: LogLine): string {
  const words = logValueWords(line, EUR, plain);
  return `${words(line.old)} -> ${words(line.new)}`;
}

test("a merge records the outcome's Metric on its Value's lines only, and the log words the Value by it", () => {
  const merge: MergePlan = {
    added: [{ table: "JmpOutcomes", id: "O-NEW-1", packRow: 9, values: { "Outcome ID": "O-NEW-1", "Partner ID": "P-103", Metric: "Pipeline", Value: 13750 } }],
    changed: [
      { table: "JmpOutcomes", id: "OC-001", planRow: 2, packRow: 2, columns: [{ column: "Value", plan: 57300, pack: 60000 }], deciding: { Metric: "Revenue" } },
      { table: "JmpOutcomes", id: "OC-078", planRow: 3, packRow: 3, columns: [{ column: "Value", plan: 271, pack: 1250 }, { column: "Reference", plan: null, pack: "CRM-1" }], deciding: { Metric: "Leads" } },
      { table: "JmpTactics", id: "T-1", planRow: 2, packRow: 2, columns: [{ column: "MDF requested", plan: 100, pack: 200 }] },
    ],
    conflicts: [],
    refused: [],
    kept: [],
    cellWrites: [],
    rowAppends: [],
  };
  const provenance: PackProvenance = { format: 1, partnerId: "P-103", partnerName: "", planName: "", vendor: "", source: "plan.xlsx", packedAt: base.packMade, rows: [] };
  const lines = mergeLogLines(merge, provenance, new Date(base.when));
  const metrics = lines.map((l) => `${l.id} ${l.column || "(row)"}: ${l.metric ?? "-"}`);
  expect(metrics).toEqual(["O-NEW-1 (row): -", "O-NEW-1 Outcome ID: -", "O-NEW-1 Partner ID: -", "O-NEW-1 Metric: -", "O-NEW-1 Value: Pipeline", "OC-001 Value: Revenue", "OC-078 Value: Leads", "OC-078 Reference: -", "T-1 MDF requested: -"]);
  const shown = (id: string, column: string): string => change(lines.find((l) => l.id === id && l.column === column) as LogLine);
  expect(shown("O-NEW-1", "Value")).toBe("(blank) -> €13,750.00");
  expect(shown("OC-001", "Value")).toBe("€57,300.00 -> €60,000.00");
  expect(shown("OC-078", "Value")).toBe("271 -> 1,250");
  expect(shown("T-1", "MDF requested")).toBe("€100.00 -> €200.00");
});

test("an old line takes the Metric the log's earlier applied lines gave its outcome; without one it reads as a plain number", () => {
  const lines = knownMetrics([
    // A row a merge added: its Metric cell is logged before its Value.
    old("O-NEW-1", "", "(cells below)", "(new row)"),
    old("O-NEW-1", "Metric", null, "Revenue"),
    old("O-NEW-1", "Value", null, 13750),
    // A Metric left in conflict is not the outcome's.
    old("O-NEW-1", "Metric", "Revenue", "Leads", "conflict"),
    old("O-NEW-1", "Value", 13750, 14000),
    // A Metric a later merge changed decides the lines after it.
    old("O-NEW-1", "Metric", "Revenue", "Deals"),
    old("O-NEW-1", "Value", 14000, 3),
    // The log never names OC-001's Metric (a merge that changed its Value alone).
    old("OC-001", "Value", 57300, 60000),
  ]);
  expect(lines.filter((l) => l.column === "Value").map(change)).toEqual(["(blank) -> €13,750.00", "€13,750.00 -> €14,000.00", "14,000 -> 3", "57,300 -> 60,000"]);
  expect(lines[7]).not.toHaveProperty("metric");
});

test("a Metric a line records wins over what the log's earlier lines say", () => {
  const lines = knownMetrics([old("OC-001", "Metric", "Leads", "Revenue"), { ...old("OC-001", "Value", 5, 6), metric: "Deals" }, old("OC-001", "Value", 6, 7)]);
  expect(lines.slice(1).map(change)).toEqual(["5 -> 6", "6 -> 7"]);
});
