/**
 * SPEC section 8, fourth bar: workbook reads per recalculation wave of 2,000 `JMP.*` cells
 * (goal 1). The benchmark does not drive the custom functions (src/functions/) yet, so the
 * figure is reported as null with the reason; this module is where that measurement goes.
 */
import type { Measure } from "./measure";

/** readsPerRecalc (null until the bench drives the custom functions). */
export const customFunctionReads: Measure = {
  title: "Custom function reads",
  run() {
    return {
      lines: [{ label: "readsPerRecalc", value: "null", note: "not measured yet: the bench does not drive the JMP.* custom functions yet (goal: 1 read per wave of 2,000 cells)" }],
      json: { readsPerRecalc: null },
    };
  },
};
