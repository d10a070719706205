import { analyze } from "../../../src/engine";
import type { Finding } from "../../../src/model/findings";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { createFakeExcel } from "../../fakes/fakeExcel";
import { cleanPlan, table, workbook } from "../../helpers/tables";

const DEBOUNCE = 300;

/** Lets pending promise callbacks (event handlers, removals) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe("watching the JMP tables in Excel", () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick"] }));
  afterEach(() => jest.useRealTimers());

  function setup() {
    const excel = createFakeExcel({ tables: workbook(cleanPlan()), sheets: ["Notes"] });
    const wb = new ExcelWorkbook(excel.host, { debounceMs: DEBOUNCE });
    const listener = jest.fn();
    return { excel, wb, listener };
  }

  test("a burst of local and co-author edits makes one notification after the quiet time", async () => {
    const { excel, wb, listener } = setup();
    await wb.onTablesChanged(listener);
    // One sync to find the JMP tables' ids, one to register three handlers: small both ways.
    expect(excel.syncs).toBe(2);
    expect(Math.max(excel.maxRequestBytes, excel.maxResponseBytes)).toBeLessThan(10_000);

    excel.edit("Tactics", "H2", [[21000]]);
    jest.advanceTimersByTime(100);
    excel.edit("Claims", "C2", [[9100]], "Remote");
    jest.advanceTimersByTime(100);
    excel.edit("Partners", "E3", [[25000]], "Remote");
    jest.advanceTimersByTime(DEBOUNCE - 1);
    expect(listener).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test("edits outside the JMP tables, and the generated sheets, notify nothing", async () => {
    const { excel, wb, listener } = setup();
    await wb.onTablesChanged(listener);
    excel.edit("Notes", "A1", [["a note"]]);
    excel.edit("Tactics", "Z40", [["beside, not in the table"]]);
    await wb.writeResults(analyze(workbook(cleanPlan())));
    await settle();
    jest.advanceTimersByTime(DEBOUNCE * 2);
    expect(listener).not.toHaveBeenCalled();
  });

  test("a JMP table created after subscribing is watched too", async () => {
    const excel = createFakeExcel({ tables: [table("JmpPartners", [{ "Partner ID": "P1" }])] });
    const wb = new ExcelWorkbook(excel.host, { debounceMs: DEBOUNCE });
    const listener = jest.fn();
    await wb.onTablesChanged(listener);

    await wb.applyTemplate();
    await settle();
    jest.advanceTimersByTime(DEBOUNCE);
    expect(listener).toHaveBeenCalledTimes(1);

    excel.edit("Claims", "A2", [["C1"]], "Remote");
    jest.advanceTimersByTime(DEBOUNCE);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  test("one edit raises table and worksheet events: one notification", async () => {
    const { excel, wb, listener } = setup();
    await wb.onTablesChanged(listener);
    excel.edit("Tactics", "H2", [[21000]]);
    jest.advanceTimersByTime(DEBOUNCE * 3);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test("a drop-down choice on the web (no table event) and a recalculation in a JMP table notify", async () => {
    const { excel, wb, listener } = setup();
    await wb.onTablesChanged(listener);
    const handled = excel.state.events.changed.size;
    expect(handled).toBe(1);
    excel.pick("Claims", "E2", "Paid");
    jest.advanceTimersByTime(DEBOUNCE);
    expect(listener).toHaveBeenCalledTimes(1);
    excel.recalculate("Tactics", "H2", [[30000]]);
    jest.advanceTimersByTime(DEBOUNCE);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  test("worksheet events beside the JMP tables, or on a sheet without one, notify nothing", async () => {
    const { excel, wb, listener } = setup();
    await wb.onTablesChanged(listener);
    excel.pick("Tactics", "Z40", "beside");
    excel.recalculate("Notes", "A1", [[1]]);
    jest.advanceTimersByTime(DEBOUNCE * 2);
    expect(listener).not.toHaveBeenCalled();
  });

  test("unsubscribing removes every handler and cancels a pending notification", async () => {
    const { excel, wb, listener } = setup();
    const unsubscribe = await wb.onTablesChanged(listener);
    // Three on the table collection, changed and calculated on each sheet holding JMP tables.
    const jmpSheets = new Set(excel.state.tables.map((t) => t.sheet.name)).size;
    expect(excel.handlerCount()).toBe(3 + 2 * jmpSheets);

    excel.edit("Tactics", "H2", [[21000]]);
    unsubscribe();
    await settle();
    expect(excel.handlerCount()).toBe(0);
    excel.edit("Tactics", "H3", [[9000]]);
    jest.advanceTimersByTime(DEBOUNCE * 2);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe("selecting a finding's cell", () => {
  const finding = (over: Partial<Finding>): Finding => ({ code: "V01", severity: "error", table: "JmpTactics", sheet: "Tactics", row: 3, column: "Start", cell: "F3", message: "", partner: null, ...over });

  test("activates the sheet and selects the cell, the row, or the table's header", async () => {
    const excel = createFakeExcel({ tables: workbook(cleanPlan()) });
    const wb = new ExcelWorkbook(excel.host);
    await wb.select(finding({}));
    expect([excel.state.activeSheet, excel.state.selection]).toEqual(["Tactics", "Tactics!F3"]);
    expect(excel.syncs).toBe(1);

    await wb.select(finding({ sheet: "Claims", table: "JmpClaims", cell: null, column: null, row: 4 }));
    expect([excel.state.activeSheet, excel.state.selection]).toEqual(["Claims", "Claims!A4:XFD4"]);

    await wb.select(finding({ sheet: "Partners", table: "JmpPartners", cell: null, column: null, row: null }));
    expect([excel.state.activeSheet, excel.state.selection]).toEqual(["Partners", "Partners!A1:J1"]);
  });

  test("a finding about a missing table selects nothing", async () => {
    const excel = createFakeExcel({ tables: workbook(cleanPlan()) });
    await new ExcelWorkbook(excel.host).select(finding({ code: "S01", sheet: null, row: null, cell: null, column: null }));
    expect(excel.state.selection).toBeUndefined();
  });
});
