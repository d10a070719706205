/**
 * The request context of the Excel fake. Like Office.js, proxies (`fakeObject.ts`) only queue:
 * property writes, method calls and `load` requests run in order at `context.sync()`. Each sync
 * is measured (request: the actions and object paths Office.js would send, `fakeRequest.ts`;
 * response: the loaded properties) and refused when Excel on the web would refuse it.
 */
import type { XlApplication, XlContext } from "../../src/workbook/excel/xlTypes";
import { FakeMeter, jsonBytes } from "./fakeMeter";
import { PendingRequest } from "./fakeRequest";
import type { ObjectPath, PathKind } from "./fakeRequest";
import type { TableState, WorkbookState } from "./fakeState";
import { fakeError } from "./fakeState";

/** What running one sync's commands produced. */
export interface Stage {
  response: number;
  readonly commits: (() => void)[];
  readonly touched: Set<TableState>;
  readonly added: TableState[];
  readonly deleted: TableState[];
}

/** What runs at the sync for a queued action. */
export type Command = (stage: Stage) => void;

/** Builds the workbook proxy of a context; set by `fakeWorkbook.ts` to avoid an import cycle. */
export type WorkbookFactory = (context: FakeContext) => { workbook: XlContext["workbook"] };

/** One request context (one `Excel.run`). */
export class FakeContext implements XlContext {
  readonly workbook: XlContext["workbook"];
  readonly application: XlApplication;
  /** The request the queued actions make. */
  readonly request = new PendingRequest();
  /** The workbook's object path (Office.js's global object). */
  readonly root: ObjectPath;
  private commands: Command[] = [];
  private suspendedCalc = false;
  private suspendedScreen = false;

  constructor(
    readonly state: WorkbookState,
    readonly meter: FakeMeter,
    makeWorkbook: WorkbookFactory,
    readonly counters: { calculations: number },
    /** `Excel.run`'s `delayForCellEdit`: wait while the user edits a cell instead of failing. */
    readonly delayForCellEdit = true,
  ) {
    this.root = this.request.path("global", "", undefined);
    this.request.action("instantiate", "", this.root);
    this.workbook = makeWorkbook(this).workbook;
    const application = this.instantiate("property", "Application", this.root);
    this.application = {
      // Both hold for the whole next sync, so they are noted when queued, not when run.
      suspendApiCalculationUntilNextSync: () => {
        this.request.action("method", "SuspendApiCalculationUntilNextSync", application);
        this.suspendedCalc = true;
      },
      suspendScreenUpdatingUntilNextSync: () => {
        this.request.action("method", "SuspendScreenUpdatingUntilNextSync", application);
        this.suspendedScreen = true;
      },
      calculate: (type) =>
        this.call(application, "method", "Calculate", jsonBytes(type), () => {
          this.counters.calculations++;
        }),
    };
  }

  /**
   * The object path of a proxy an API call returns, with the Instantiate action Office.js
   * queues when it creates the proxy.
   */
  instantiate(kind: PathKind, name: string, parent: ObjectPath, args?: readonly unknown[]): ObjectPath {
    const path = this.request.path(kind, name, parent, args);
    this.request.action("instantiate", "", path);
    return path;
  }

  /** The path of a collection item Office.js made from a loaded id (no action of its own). */
  itemPath(collection: ObjectPath, id: unknown): ObjectPath {
    return this.request.path("indexer", "", collection, [id]);
  }

  /**
   * Queues a property write or method call on the object at `target`: the action (with
   * `argumentBytes` of arguments) goes into the request, `run` runs at the sync.
   */
  call(target: ObjectPath, kind: "setProperty" | "method", name: string, argumentBytes: number | undefined, run: Command): void {
    this.request.action(kind, name, target, argumentBytes);
    this.commands.push(run);
  }

  /**
   * Queues what a method that returns a new object does at the sync (`worksheets.add`): its
   * request cost is the object path and Instantiate action of what it returns (`instantiate`).
   */
  later(run: Command): void {
    this.commands.push(run);
  }

  /** Queues a `load` of `select` on the object at `target`. */
  query(target: ObjectPath, select: readonly string[], run: Command): void {
    const expand = [...new Set(select.filter((s) => s.includes("/")).map((s) => s.slice(0, s.lastIndexOf("/"))))];
    this.request.action("query", "", target, undefined, { Select: select, Expand: expand });
    this.commands.push(run);
  }

  /** True when commands are waiting for a sync. */
  get pending(): boolean {
    return this.commands.length > 0;
  }

  async sync(): Promise<void> {
    const commands = this.commands;
    this.commands = [];
    const suspended = { calculation: this.suspendedCalc, screen: this.suspendedScreen };
    this.suspendedCalc = false;
    this.suspendedScreen = false;
    const requestBytes = this.request.bytes;
    this.request.clear();
    // A round trip never completes synchronously.
    await Promise.resolve();
    // While the user edits a cell Excel holds a batch that asked to wait, and refuses the others.
    while (this.state.cellEdit) {
      if (!this.delayForCellEdit) {
        this.meter.record({ requestBytes, responseBytes: 0, suspended, refused: "InvalidOperationInCellEditMode" });
        throw fakeError("InvalidOperationInCellEditMode", "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by clicking another cell, and then try again.");
      }
      await this.state.cellEdit.ended;
    }

    const limits = this.meter.limits;
    if (requestBytes > limits.requestBytes) return this.refuse(requestBytes, 0, suspended, "RequestPayloadSizeLimitExceeded");
    const stage: Stage = { response: 0, commits: [], touched: new Set(), added: [], deleted: [] };
    try {
      for (const command of commands) command(stage);
    } catch (error) {
      this.meter.record({ requestBytes, responseBytes: stage.response, suspended });
      throw error;
    }
    if (stage.response > limits.responseBytes) return this.refuse(requestBytes, stage.response, suspended, "ResponsePayloadSizeLimitExceeded");
    for (const commit of stage.commits) commit();
    this.meter.record({ requestBytes, responseBytes: stage.response, suspended });
    this.fireEvents(stage);
  }

  private refuse(requestBytes: number, responseBytes: number, suspended: Suspended, code: string): never {
    this.meter.record({ requestBytes, responseBytes, suspended, refused: code });
    throw fakeError(code, `The ${code.startsWith("Request") ? "request" : "response"} payload size has exceeded the limit.`);
  }

  /** Table events of this sync's own writes (source `Local`), delivered after the sync. */
  private fireEvents(stage: Stage): void {
    const events = this.state.events;
    const calls: (() => Promise<unknown>)[] = [];
    for (const t of stage.added) for (const h of events.added) calls.push(() => h(args(t, "TableAdded")));
    for (const t of stage.deleted) for (const h of events.deleted) calls.push(() => h(args(t, "TableDeleted")));
    const sheets = new Set<TableState["sheet"]>();
    for (const t of stage.touched) {
      if (!this.state.tables.includes(t)) continue;
      for (const h of events.changed) calls.push(() => h(args(t, "TableChanged")));
      sheets.add(t.sheet);
    }
    // The sheet's own changed event fires for the same writes.
    for (const sheet of sheets) {
      for (const h of this.state.sheetEvents(sheet).changed) calls.push(() => h({ worksheetId: sheet.id, source: "Local", type: "WorksheetChanged" }));
    }
    if (calls.length > 0) queueMicrotask(() => calls.forEach((call) => void call()));
  }
}

/** What a sync suspended until it ended. */
type Suspended = { readonly calculation: boolean; readonly screen: boolean };

function args(t: TableState, type: string) {
  return { tableId: t.id, tableName: t.name, worksheetId: t.sheet.id, source: "Local" as const, type };
}
