/**
 * Acceptance of `jmp import` on partly recognisable trackers: columns it has no use for and a
 * required fact (the end date, the total cost) the tracker does not hold. They import with the
 * review list naming what is missing, and the plan holds no made-up value in its place.
 */
import { describeLayout, importWorkbook, tableRows } from "./acceptance";
import { requestLogNoEnd } from "./layouts/requestLogNoEnd";
import { requestsNoCost } from "./layouts/requestsNoCost";

describeLayout(requestLogNoEnd);
describeLayout(requestsNoCost);

/** The values of `column` in the plan's Tactics table, found with case and spaces ignored. */
async function tacticColumn(plan: string, column: string): Promise<unknown[]> {
  const rows = await tableRows(plan, "JmpTactics");
  return rows.map((row) => Object.entries(row).find(([h]) => h.toLowerCase() === column.toLowerCase())?.[1]);
}

test("no end date in the tracker: every tactic's End is left blank, none is made up", async () => {
  const { plan, result } = await importWorkbook(requestLogNoEnd.build());
  expect(result.code).toBe(1);
  const ends = await tacticColumn(plan, "End");
  expect(ends).toHaveLength(5);
  expect(ends).toEqual([undefined, undefined, undefined, undefined, undefined]);
});

test("no total cost in the tracker: every tactic's Total cost is left blank, none is made up", async () => {
  const { plan, result } = await importWorkbook(requestsNoCost.build());
  expect(result.code).toBe(1);
  const costs = await tacticColumn(plan, "Total cost");
  expect(costs).toHaveLength(4);
  expect(costs).toEqual([undefined, undefined, undefined, undefined]);
});
