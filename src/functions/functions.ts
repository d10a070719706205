/// <reference types="custom-functions-runtime" />
/**
 * The `JMP.*` custom functions: the file custom-functions-metadata-plugin reads to write
 * functions.json (the `JMP` namespace lives in the manifest) and to append a
 * `CustomFunctions.associate(id, function)` call per function. Each function streams: see
 * `liveFunctions.ts` for why, and `workbook/live/PlanStore.ts` for how any number of cells share
 * one read.
 *
 * Composition: the task pane's entry (shared runtime) makes the page's one live plan
 * (`workbook/live/sharedPlan.ts`) once Office is ready; calls Excel makes before that wait for it. This file is the only place the
 * functions touch the `CustomFunctions` global.
 */
import type { LiveWorkbook } from "../workbook/port";
import type { ErrorFactory } from "./errors";
import type { FunctionName } from "./functionSpecs";
import { LiveFunctions } from "./liveFunctions";
import type { PlanStore } from "../workbook/live/PlanStore";
import { startSharedPlan, storeHandover } from "../workbook/live/sharedPlan";

/**
 * Where each function's help points (its `@helpurl`, which must be written out in every JSDoc
 * below: the metadata test checks they all equal this). The build rewrites the localhost base
 * like the manifest's other URLs.
 */
export const FUNCTION_HELP_URL = "https://localhost:3000/README.md#function-reference";

type Runtime = typeof globalThis.CustomFunctions;

/**
 * The custom functions runtime. Inside Office it is the real one. Outside Office (the pane opened
 * in a plain browser, or Node) the global does not exist, and the `CustomFunctions.associate(...)`
 * calls the plugin appends to this file would throw "CustomFunctions is not defined" while the
 * bundle loads; under this module-level name they do nothing there instead.
 */
const CustomFunctions: Pick<Runtime, "associate"> & Partial<Runtime> = (globalThis as { CustomFunctions?: Runtime }).CustomFunctions ?? {
  associate: () => undefined,
};

/** Excel's error values, built with the real runtime (functions only run inside Office). */
function officeErrors(): ErrorFactory<CustomFunctions.Error> {
  const { Error: OfficeError, ErrorCode } = CustomFunctions;
  if (!OfficeError || !ErrorCode) throw new Error("The Excel custom functions runtime is not loaded");
  return (kind, message) => new OfficeError(ErrorCode[kind], message);
}

let live: LiveFunctions<CustomFunctions.Error> | undefined;

/**
 * Makes the page's live plan over the open workbook and lets the functions run (the task pane's
 * entry does the same through `sharedPlan.ts`). Later calls return the first store.
 */
export function startFunctions(workbook: LiveWorkbook): Promise<PlanStore> {
  return startSharedPlan(workbook, globalThis);
}

function run(name: FunctionName, invocation: CustomFunctions.StreamingInvocation<number>, partner: unknown, initiative?: unknown, period?: unknown, currency?: unknown): void {
  live ??= new LiveFunctions(storeHandover(globalThis).store, officeErrors());
  live.stream(name, invocation, partner, initiative, period, currency);
}

/**
 * Return on MDF spent: (revenue - spend) / spend, a fraction (0.8 = 80 %). #N/A "no spend yet" until a claim is approved or paid.
 * @customfunction ROI
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param [partner] Partner ID or partner name; "*" or blank for all partners.
 * @param [initiative] Initiative ID or name; blank for every initiative.
 * @param [period] Fiscal quarter (FY2027-Q1) or month (2026-07); "*" or blank for the whole plan.
 * @param invocation Excel's handle on this cell's live result.
 */
export function roi(partner: unknown, initiative: unknown, period: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("ROI", invocation, partner, initiative, period);
}

/**
 * Revenue recorded in the Outcomes table, in the plan currency.
 * @customfunction REVENUE
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param [partner] Partner ID or partner name; "*" or blank for all partners.
 * @param [initiative] Initiative ID or name; blank for every initiative.
 * @param [period] Fiscal quarter (FY2027-Q1) or month (2026-07); "*" or blank for the whole plan.
 * @param [currency] ISO 4217 code to answer in (EUR); blank for the plan currency. A partner's own currency gives its amounts as typed; another converts at the latest rate.
 * @param invocation Excel's handle on this cell's live result.
 */
export function revenue(partner: unknown, initiative: unknown, period: unknown, currency: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("REVENUE", invocation, partner, initiative, period, currency);
}

/**
 * MDF spent: approved and paid claims (Amount approved, else Amount claimed), in the plan currency.
 * @customfunction SPEND
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param [partner] Partner ID or partner name; "*" or blank for all partners.
 * @param [initiative] Initiative ID or name; blank for every initiative.
 * @param [period] Fiscal quarter (FY2027-Q1) or month (2026-07); "*" or blank for the whole plan.
 * @param [currency] ISO 4217 code to answer in (EUR); blank for the plan currency. A partner's own currency gives its amounts as typed; another converts at the latest rate.
 * @param invocation Excel's handle on this cell's live result.
 */
export function spend(partner: unknown, initiative: unknown, period: unknown, currency: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("SPEND", invocation, partner, initiative, period, currency);
}

/**
 * MDF authorized: the sum of the Allocations amounts, in the plan currency.
 * @customfunction AUTHORIZED
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param [partner] Partner ID or partner name; "*" or blank for all partners.
 * @param [initiative] Initiative ID or name; blank for every initiative.
 * @param [period] Fiscal quarter (FY2027-Q1) or month (2026-07); "*" or blank for the whole plan.
 * @param [currency] ISO 4217 code to answer in (EUR); blank for the plan currency. A partner's own currency gives its amounts as typed; another converts at the latest rate.
 * @param invocation Excel's handle on this cell's live result.
 */
export function authorized(partner: unknown, initiative: unknown, period: unknown, currency: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("AUTHORIZED", invocation, partner, initiative, period, currency);
}

/**
 * How much of the approved plan is funded: aligned MDF / MDF requested by approved tactics, a fraction. #N/A "no requested MDF" when nothing is requested.
 * @customfunction COVERAGE
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param [partner] Partner ID or partner name; "*" or blank for all partners.
 * @param [initiative] Initiative ID or name; blank for every initiative.
 * @param [period] Fiscal quarter (FY2027-Q1) or month (2026-07); "*" or blank for the whole plan.
 * @param invocation Excel's handle on this cell's live result.
 */
export function coverage(partner: unknown, initiative: unknown, period: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("COVERAGE", invocation, partner, initiative, period);
}

/**
 * How much of the money backs approved tactics: aligned MDF / MDF authorized, a fraction. #N/A "nothing authorized" before any allocation.
 * @customfunction ALIGNMENT
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param [partner] Partner ID or partner name; "*" or blank for all partners.
 * @param [initiative] Initiative ID or name; blank for every initiative.
 * @param [period] Fiscal quarter (FY2027-Q1) or month (2026-07); "*" or blank for the whole plan.
 * @param invocation Excel's handle on this cell's live result.
 */
export function alignment(partner: unknown, initiative: unknown, period: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("ALIGNMENT", invocation, partner, initiative, period);
}

/**
 * How much of the authorized MDF has been spent: spend / authorized, a fraction. #N/A "nothing authorized" before any allocation.
 * @customfunction UTILIZATION
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param [partner] Partner ID or partner name; "*" or blank for all partners.
 * @param [initiative] Initiative ID or name; blank for every initiative.
 * @param [period] Fiscal quarter (FY2027-Q1) or month (2026-07); "*" or blank for the whole plan.
 * @param invocation Excel's handle on this cell's live result.
 */
export function utilization(partner: unknown, initiative: unknown, period: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("UTILIZATION", invocation, partner, initiative, period);
}

/**
 * Plan progress: approved tactics with an approved or paid claim / approved tactics, a fraction. #N/A "no approved tactics" when none are approved.
 * @customfunction PROGRESS
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param [partner] Partner ID or partner name; "*" or blank for all partners.
 * @param [initiative] Initiative ID or name; blank for every initiative.
 * @param [period] Fiscal quarter (FY2027-Q1) or month (2026-07); "*" or blank for the whole plan.
 * @param invocation Excel's handle on this cell's live result.
 */
export function progress(partner: unknown, initiative: unknown, period: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("PROGRESS", invocation, partner, initiative, period);
}

/**
 * Forecast revenue agreed in the Joint Plan, in the plan currency.
 * @customfunction FORECAST
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param [partner] Partner ID or partner name; "*" or blank for all partners.
 * @param [initiative] Initiative ID or name; blank for every initiative.
 * @param [period] Fiscal quarter (FY2027-Q1) or month (2026-07); "*" or blank for the whole plan.
 * @param [currency] ISO 4217 code to answer in (EUR); blank for the plan currency. A partner's own currency gives its amounts as typed; another converts at the latest rate.
 * @param invocation Excel's handle on this cell's live result.
 */
export function forecast(partner: unknown, initiative: unknown, period: unknown, currency: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("FORECAST", invocation, partner, initiative, period, currency);
}

/**
 * Forecast attainment: revenue / Joint Plan forecast revenue, a fraction. #N/A "no forecast" when no revenue is forecast.
 * @customfunction ATTAINMENT
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param [partner] Partner ID or partner name; "*" or blank for all partners.
 * @param [initiative] Initiative ID or name; blank for every initiative.
 * @param [period] Fiscal quarter (FY2027-Q1) or month (2026-07); "*" or blank for the whole plan.
 * @param invocation Excel's handle on this cell's live result.
 */
export function attainment(partner: unknown, initiative: unknown, period: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("ATTAINMENT", invocation, partner, initiative, period);
}

/**
 * MDF budget from the Partners table, in the plan currency (budgets are per partner, not per initiative); #N/A when no budget is set.
 * @customfunction BUDGET
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param [partner] Partner ID or partner name; "*" or blank for all partners.
 * @param [currency] ISO 4217 code to answer in (EUR); blank for the plan currency. A partner's own currency gives its amounts as typed; another converts at the latest rate.
 * @param invocation Excel's handle on this cell's live result.
 */
export function budget(partner: unknown, currency: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("BUDGET", invocation, partner, undefined, undefined, currency);
}

/**
 * Number of errors the plan check finds (warnings not counted): 0 means the figures can be trusted.
 * @customfunction ISSUES
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param [partner] Partner ID or partner name; "*" or blank for the whole plan.
 * @param invocation Excel's handle on this cell's live result.
 */
export function issues(partner: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("ISSUES", invocation, partner);
}

/**
 * MDF still available: the partner's MDF budget minus MDF authorized, in the plan currency; #N/A when no budget is set.
 * @customfunction REMAINING
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param [partner] Partner ID or partner name; "*" or blank for all partners.
 * @param [currency] ISO 4217 code to answer in (EUR); blank for the plan currency. A partner's own currency gives its amounts as typed; another converts at the latest rate.
 * @param invocation Excel's handle on this cell's live result.
 */
export function remaining(partner: unknown, currency: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("REMAINING", invocation, partner, undefined, undefined, currency);
}

/**
 * MDF committed but not yet paid: authorized minus paid claims, in the plan currency.
 * @customfunction COMMITTED
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param [partner] Partner ID or partner name; "*" or blank for all partners.
 * @param [initiative] Initiative ID or name; blank for every initiative.
 * @param [period] Fiscal quarter (FY2027-Q1) or month (2026-07); "*" or blank for the whole plan.
 * @param [currency] ISO 4217 code to answer in (EUR); blank for the plan currency. A partner's own currency gives its amounts as typed; another converts at the latest rate.
 * @param invocation Excel's handle on this cell's live result.
 */
export function committed(partner: unknown, initiative: unknown, period: unknown, currency: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("COMMITTED", invocation, partner, initiative, period, currency);
}

/**
 * Claims approved and owed: approved claims not yet paid, in the plan currency.
 * @customfunction PAYABLE
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param [partner] Partner ID or partner name; "*" or blank for all partners.
 * @param [initiative] Initiative ID or name; blank for every initiative.
 * @param [period] Fiscal quarter (FY2027-Q1) or month (2026-07); "*" or blank for the whole plan.
 * @param [currency] ISO 4217 code to answer in (EUR); blank for the plan currency. A partner's own currency gives its amounts as typed; another converts at the latest rate.
 * @param invocation Excel's handle on this cell's live result.
 */
export function payable(partner: unknown, initiative: unknown, period: unknown, currency: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("PAYABLE", invocation, partner, initiative, period, currency);
}

/**
 * Claims awaiting a decision: the amount claimed of Submitted claims, in the plan currency.
 * @customfunction PENDING
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param [partner] Partner ID or partner name; "*" or blank for all partners.
 * @param [initiative] Initiative ID or name; blank for every initiative.
 * @param [period] Fiscal quarter (FY2027-Q1) or month (2026-07); "*" or blank for the whole plan.
 * @param [currency] ISO 4217 code to answer in (EUR); blank for the plan currency. A partner's own currency gives its amounts as typed; another converts at the latest rate.
 * @param invocation Excel's handle on this cell's live result.
 */
export function pending(partner: unknown, initiative: unknown, period: unknown, currency: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("PENDING", invocation, partner, initiative, period, currency);
}

/**
 * An initiative's Target from the Initiatives table, in the unit of its Metric: the plan currency for Revenue and Pipeline, a count for Opportunities, Leads and Deals. #N/A "no target set" when the Target is blank.
 * @customfunction TARGET
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param initiative Initiative ID or initiative name.
 * @param invocation Excel's handle on this cell's live result.
 */
export function target(initiative: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("TARGET", invocation, undefined, initiative);
}

/**
 * Target attainment: the initiative's actual figure of its own Metric / its Target, a fraction (0.25 = 25 %). #N/A "no target set" when the Target is blank or zero.
 * @customfunction TARGETATTAINMENT
 * @streaming
 * @helpurl https://localhost:3000/README.md#function-reference
 * @param initiative Initiative ID or initiative name.
 * @param invocation Excel's handle on this cell's live result.
 */
export function targetattainment(initiative: unknown, invocation: CustomFunctions.StreamingInvocation<number>): void {
  run("TARGETATTAINMENT", invocation, undefined, initiative);
}
