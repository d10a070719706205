/**
 * SPEC section 8, fourth bar: workbook reads per recalculation wave of 2,000 `JMP.*` cells
 * (goal 1). The cells are streaming invocations over the plan store, the way the shared runtime
 * runs them (`startSharedPlan` + `LiveFunctions`, as test/functions/excelLive.test.ts drives
 * them), reading through the Office.js adapter on the Excel fake seeded with the benchmark plan.
 * The task pane's session follows the same live plan, and a ribbon command (Check plan) runs
 * after the edit, as SPEC section 9 asks: reads per change wave with pane, functions and commands
 * all live. A user's edit of one partner's MDF budget fires the table change event; the wave is
 * over when every cell whose value changed shows the new value, the pane shows the new analysis
 * and the adapter has been quiet a while.
 */
import { checkPlan } from "../../../src/commands/planCommands";
import { LiveFunctions } from "../../../src/functions/liveFunctions";
import type { FunctionName } from "../../../src/functions/functionSpecs";
import { startSharedPlan } from "../../../src/workbook/live/sharedPlan";
import type { RawTable } from "../../../src/model/rawTable";
import { PlanSession } from "../../../src/taskpane/session/PlanSession";
import type { ReadOptions } from "../../../src/workbook/port";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { createFakeExcel } from "../../fakes/fakeExcel";
import { cellError, RecordingInvocation, settle } from "../../functions/doubles";
import type { Measure } from "./measure";
import { round } from "./measure";

const CELLS = 2_000;
const GOAL = 1;
const DEBOUNCE_MS = 20;
/** How long the adapter must stay quiet after the cells updated: any extra read would show by then. */
const QUIET_MS = 300;
/** Per-partner functions the cells cycle through; every fourth cell is the plan's total budget. */
const PER_PARTNER: readonly FunctionName[] = ["REVENUE", "SPEND", "ROI"];

/** The adapter with its reads counted. */
class CountingWorkbook extends ExcelWorkbook {
  reads = 0;

  override readTables(options?: ReadOptions): Promise<RawTable[]> {
    this.reads += 1;
    return super.readTables(options);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until `done()` holds, then `QUIET_MS` longer; the elapsed time to `done()` in ms. */
async function until(done: () => boolean, timeoutMs: number): Promise<number> {
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > timeoutMs) throw new Error("the function cells did not update in time");
    await sleep(5);
  }
  const elapsed = performance.now() - start;
  await sleep(QUIET_MS);
  await settle();
  return elapsed;
}

/** The partner IDs of the plan, in table order. */
function partnerIds(tables: readonly RawTable[]): string[] {
  const partners = tables.find((t) => t.name === "JmpPartners");
  const at = partners?.headers.indexOf("Partner ID") ?? -1;
  if (!partners || at < 0) throw new Error("the benchmark plan has no Partners table");
  return partners.rows.map((r) => String(r[at]));
}

/** readsPerRecalc: workbook reads caused by one edit under 2,000 function cells. */
export const customFunctionReads: Measure = {
  title: "Custom function reads (2,000 JMP.* cells, Excel fake)",
  async run(context) {
    const tables = context.plan();
    const excel = createFakeExcel({ tables });
    const workbook = new CountingWorkbook(excel.host, { debounceMs: DEBOUNCE_MS });
    // A scope of its own, so the bench's store is not the process's global one.
    const store = await startSharedPlan(workbook, {});
    const session = new PlanSession({ mode: "excel", workbook, plan: store, pause: async () => undefined });
    try {
      await session.follow();
      await session.refresh();
      const live = new LiveFunctions(store, cellError);
      const ids = partnerIds(tables);
      const totals: RecordingInvocation[] = [];
      const cells = Array.from({ length: CELLS }, (_, i) => {
        const cell = new RecordingInvocation();
        if (i % 4 === 0) {
          totals.push(cell);
          live.stream("BUDGET", cell, "*");
        } else live.stream(PER_PARTNER[i % PER_PARTNER.length], cell, ids[i % ids.length]);
        return cell;
      });
      const openMs = await until(() => cells.every((c) => c.results.length >= 1), 120_000);
      const readsOnOpen = workbook.reads;

      // The user types a new MDF budget for the first partner (Partners!E2): the total changes.
      workbook.reads = 0;
      excel.reset();
      const budget = Number(excel.values("Partners", "E2")[0][0]);
      const updated = totals.map((c) => c.results.length);
      const paneBefore = session.getState().analysis;
      excel.edit("Partners", "E2", [[budget + 1_000]]);
      const waveMs = await until(() => totals.every((c, i) => c.results.length > updated[i]) && session.getState().analysis !== paneBefore, 120_000);
      await checkPlan(workbook, store);
      const reads = workbook.reads;
      const syncs = excel.syncs;
      const shown = totals[0].shown;
      return {
        lines: [
          { label: "cells", value: CELLS.toLocaleString("en-US"), note: `streaming JMP.BUDGET("*") and per-partner REVENUE, SPEND, ROI; opened with ${readsOnOpen} read in ${Math.round(openMs).toLocaleString("en-US")} ms` },
          { label: "wave", value: `${Math.round(waveMs).toLocaleString("en-US")} ms`, note: `one budget edit to every changed cell updated (debounce ${DEBOUNCE_MS} ms); total budget now ${String(shown)}; ${syncs} syncs` },
          { label: "readsPerRecalc", value: String(reads), note: `workbook reads for the wave with the pane following and Check plan run; goal ${GOAL}: ${reads === GOAL ? "met" : "NOT met"}` },
        ],
        json: { readsPerRecalc: reads, readsOnOpen, functionCells: CELLS, waveSyncs: syncs, waveMs: round(waveMs, 1) },
      };
    } finally {
      session.dispose();
      store.stop();
    }
  },
};
