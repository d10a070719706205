/**
 * SPEC section 8, third bar: Office.js round trips (`context.sync` calls) and the largest request
 * for check and for dashboard refresh at the benchmark size, on the Excel fake. The benchmark
 * does not drive the Office.js adapter (src/workbook/excel/) on its fake (test/fakes/) yet, so
 * the figures are reported as null with the reason; this module is where that measurement goes.
 */
import type { Measure } from "./measure";

const REASON = "not measured yet: the bench does not drive the Office.js adapter on the Excel fake yet";

/** checkSyncs, refreshSyncs and maxRequestBytes (null until the bench drives the adapter). */
export const officeRoundTrips: Measure = {
  title: "Office.js round trips (Excel fake)",
  run() {
    return {
      lines: [
        { label: "checkSyncs", value: "null", note: REASON },
        { label: "refreshSyncs", value: "null", note: REASON },
        { label: "maxRequestBytes", value: "null", note: `${REASON} (goal: every request under 4 MB)` },
      ],
      json: { checkSyncs: null, refreshSyncs: null, maxRequestBytes: null },
    };
  },
};
