/**
 * A formula cell saved without its result (`<c r="L2"><f>K2*0.3</f></c>`, as openpyxl and
 * other generators write it) reaches the engine as UNCALCULATED: its value is absent, and a V13
 * warning at the cell says why (it read as blank with no finding before).
 */
import { UNCALCULATED } from "../../src/model/rawTable";
import { checkCleanWith, findingsOf, settingsWith, check } from "../helpers/findings";
import { cleanPlan } from "../helpers/tables";

const MESSAGE = "formula has no saved result; open and save the file in Excel so it is calculated";

test("a money cell with an uncalculated formula is absent, with a V13 warning at its cell", () => {
  const analysis = checkCleanWith("JmpTactics", 0, "MDF requested", UNCALCULATED);
  expect(findingsOf(analysis, "V13").map((f) => [f.severity, f.table, f.row, f.column, f.message])).toEqual([["warning", "JmpTactics", 2, "MDF requested", `MDF requested: ${MESSAGE}`]]);
  expect(analysis.plan.tactics[0].mdfRequested).toBeUndefined();
});

test("in a required column it is also the missing value it stands for (V01)", () => {
  const analysis = checkCleanWith("JmpTactics", 0, "Start", UNCALCULATED);
  expect(analysis.findings.filter((f) => f.row === 2 && f.table === "JmpTactics").map((f) => f.code).sort()).toEqual(["V01", "V13"]);
});

test("a setting (As of) with an uncalculated formula is named too", () => {
  const analysis = check(cleanPlan(), settingsWith({ "As of": UNCALCULATED }));
  expect(findingsOf(analysis, "V13").map((f) => f.message)).toEqual([`As of: ${MESSAGE}`]);
});
