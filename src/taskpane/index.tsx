/// <reference types="office-js" />
/**
 * The task pane's entry and composition root: hands `Office` (when office.js is on the page) and
 * the Office.js workbook adapter to `bootPane`, which picks Excel or browser mode, and the way to
 * start browser mode's open worker (built as `open-worker.js` beside the page). This is the only
 * pane file that names an Office global.
 */
import { ExcelWorkbook } from "../workbook/excel/ExcelWorkbook";
import { officeExcelHost } from "../workbook/excel/officeHost";
import { sharedPlanStore } from "../workbook/live/sharedPlan";
import { bootPane } from "./boot";

const container = document.getElementById("root");
if (container) {
  void bootPane({
    office: typeof Office === "undefined" ? undefined : Office,
    container,
    excelWorkbook: () => new ExcelWorkbook(officeExcelHost()),
    livePlan: (workbook) => sharedPlanStore(workbook),
    files: typeof Worker === "undefined" ? undefined : { startWorker: () => new Worker(new URL("open-worker.js", document.baseURI)) },
  });
}
