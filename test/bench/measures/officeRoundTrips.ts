/**
 * SPEC section 8, third bar: Office.js round trips (`context.sync` calls) and the largest payload
 * of the "Check plan" and "Refresh dashboard" commands at the benchmark size, run through the
 * Office.js adapter (src/workbook/excel/) on the Excel fake (test/fakes/), which counts every sync
 * and measures each request as Office.js serializes it (every call's object path and actions with
 * the values they carry, test/fakes/fakeRequest.ts) and each response in JSON bytes. Goal: every
 * request under 4 MB (Excel on the web refuses 5 MB), syncs a constant plus one per chunk.
 */
import { checkPlan, refreshDashboard } from "../../../src/commands/planCommands";
import { PlanStore } from "../../../src/workbook/live/PlanStore";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { createFakeExcel } from "../../fakes/fakeExcel";
import type { FakeExcel } from "../../fakes/fakeExcel";
import type { Measure, ResultLine } from "./measure";
import { round } from "./measure";

const MB = 1024 * 1024;
/** The goal: every request (and response) under 4 MB. */
const GOAL_BYTES = 4 * MB;

/** What one command cost in round trips and payload. */
interface CommandCost {
  readonly syncs: number;
  readonly refused: number;
  /** Largest request and response, refused ones included (a refused request is the worst one). */
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly ms: number;
}

async function costOf(excel: FakeExcel, command: () => Promise<unknown>): Promise<CommandCost> {
  excel.reset();
  const start = performance.now();
  await command();
  const ms = performance.now() - start;
  const log = excel.meter.log;
  return {
    syncs: excel.syncs,
    refused: excel.meter.refused,
    maxRequestBytes: Math.max(0, ...log.map((r) => r.requestBytes)),
    maxResponseBytes: Math.max(0, ...log.map((r) => r.responseBytes)),
    ms,
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(2)} MB`;
}

function commandLines(name: string, cost: CommandCost): ResultLine[] {
  const refused = cost.refused > 0 ? `, ${cost.refused} REFUSED by the host` : "";
  return [
    { label: `${name}Syncs`, value: String(cost.syncs), note: `context.sync calls${refused}; ${Math.round(cost.ms).toLocaleString("en-US")} ms on the fake, analysis included` },
    { label: `${name} largest request`, value: megabytes(cost.maxRequestBytes), note: `${cost.maxRequestBytes.toLocaleString("en-US")} bytes` },
    { label: `${name} largest response`, value: megabytes(cost.maxResponseBytes), note: `${cost.maxResponseBytes.toLocaleString("en-US")} bytes` },
  ];
}

/** checkSyncs, refreshSyncs and maxRequestBytes (the largest request or response of both). */
export const officeRoundTrips: Measure = {
  title: "Office.js round trips (Excel fake)",
  async run(context) {
    const excel = createFakeExcel({ tables: context.plan() });
    const workbook = new ExcelWorkbook(excel.host);
    // A plan that does not follow edits: each command reads, as the first command run in a session does.
    const check = await costOf(excel, () => checkPlan(workbook, new PlanStore(workbook)));
    const refresh = await costOf(excel, () => refreshDashboard(workbook, new PlanStore(workbook)));
    const largestRequest = Math.max(check.maxRequestBytes, refresh.maxRequestBytes);
    const largestResponse = Math.max(check.maxResponseBytes, refresh.maxResponseBytes);
    const largest = Math.max(largestRequest, largestResponse);
    const met = largest < GOAL_BYTES && check.refused + refresh.refused === 0;
    return {
      lines: [
        ...commandLines("check", check),
        ...commandLines("refresh", refresh),
        { label: "maxRequestBytes", value: megabytes(largest), note: `largest request or response of both commands; goal every payload < 4 MB: ${met ? "met" : "NOT met"}` },
      ],
      json: {
        checkSyncs: check.syncs,
        refreshSyncs: refresh.syncs,
        maxRequestBytes: largest,
        largestRequestBytes: largestRequest,
        largestResponseBytes: largestResponse,
        everyRequestUnder4MB: met,
        checkMs: round(check.ms, 1),
        refreshMs: round(refresh.ms, 1),
      },
    };
  },
};
