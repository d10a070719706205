/**
 * The plan data as the engine holds it while it checks and sums (`planData.ts`): the small
 * tables as row records, the four large ones as typed columns (`activityColumns.ts`), the ID
 * domains their references are interned in (`idDomain.ts`, `numberedIds.ts`), and the work
 * memory and repeat search the reading uses (`workArrays.ts`, `repeats.ts`).
 */
export type { PlanData } from "./planData";
export { WorkArrays } from "./workArrays";
