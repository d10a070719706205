/**
 * The request context of the Excel fake and the proxy base class. Like Office.js, proxies only
 * queue: property writes, method calls and `load` requests run in order at `context.sync()`,
 * and a property read before it was loaded and synced throws. Each sync is measured (request:
 * the queued commands with the values they carry; response: the loaded properties) and
 * refused when Excel on the web would refuse it.
 */
import type { XlApplication, XlContext, XlEvent, XlHandlerRegistration } from "../../src/workbook/excel/xlTypes";
import { FakeMeter, jsonBytes } from "./fakeMeter";
import type { Handler, TableState, WorkbookState } from "./fakeState";
import { fakeError } from "./fakeState";

/** What running one sync's commands produced. */
export interface Stage {
  response: number;
  readonly commits: (() => void)[];
  readonly touched: Set<TableState>;
  readonly added: TableState[];
  readonly deleted: TableState[];
}

/** Bytes each queued command adds to the request besides its arguments (object path, ids). */
const COMMAND_BYTES = 40;
/** Bytes each loaded object adds to the response besides its properties. */
const OBJECT_BYTES = 16;

interface Command {
  readonly bytes: number;
  readonly run: (stage: Stage) => void;
}

/** Builds the workbook proxy of a context; set by `fakeWorkbook.ts` to avoid an import cycle. */
export type WorkbookFactory = (context: FakeContext) => { workbook: XlContext["workbook"] };

/** One request context (one `Excel.run`). */
export class FakeContext implements XlContext {
  readonly workbook: XlContext["workbook"];
  readonly application: XlApplication;
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
    this.workbook = makeWorkbook(this).workbook;
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        this.suspendedCalc = true;
      },
      suspendScreenUpdatingUntilNextSync: () => {
        this.suspendedScreen = true;
      },
      calculate: () =>
        this.queue(0, () => {
          this.counters.calculations++;
        }),
    };
  }

  /** Queues a command; `bytes` is what its arguments add to the request. */
  queue(bytes: number, run: (stage: Stage) => void): void {
    this.commands.push({ bytes: COMMAND_BYTES + bytes, run });
  }

  /** True when commands are waiting for a sync. */
  get pending(): boolean {
    return this.commands.length > 0;
  }

  async sync(): Promise<void> {
    const commands = this.commands;
    this.commands = [];
    const suspended = this.suspendedCalc && this.suspendedScreen;
    this.suspendedCalc = false;
    this.suspendedScreen = false;
    const requestBytes = commands.reduce((n, c) => n + c.bytes, 0);
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
      for (const command of commands) command.run(stage);
    } catch (error) {
      this.meter.record({ requestBytes, responseBytes: stage.response, suspended });
      throw error;
    }
    if (stage.response > limits.responseBytes) return this.refuse(requestBytes, stage.response, suspended, "ResponsePayloadSizeLimitExceeded");
    for (const commit of stage.commits) commit();
    this.meter.record({ requestBytes, responseBytes: stage.response, suspended });
    this.fireEvents(stage);
  }

  private refuse(requestBytes: number, responseBytes: number, suspended: boolean, code: string): never {
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

function args(t: TableState, type: string) {
  return { tableId: t.id, tableName: t.name, worksheetId: t.sheet.id, source: "Local" as const, type };
}

/** Property paths of a `load` string: `items/name,items/worksheet/name`. */
function parsePaths(names: string): string[][] {
  return names
    .split(",")
    .map((n) => n.trim())
    .filter((n) => n !== "")
    .map((n) => n.split("/"));
}

/** A proxy: queues commands, loads properties, throws on reading what was not loaded. */
export abstract class FakeObject {
  private readonly snapshot = new Map<string, unknown>();
  private readonly children = new Map<string, FakeObject>();

  constructor(readonly ctx: FakeContext) {}

  load(propertyNames: string): this {
    const paths = parsePaths(propertyNames);
    this.ctx.queue(jsonBytes(propertyNames), (stage) => {
      stage.response += this.stage(paths, stage);
    });
    return this;
  }

  /** Reads the requested paths from the workbook now; they become visible when the sync succeeds. */
  stage(paths: string[][], stage: Stage): number {
    let bytes = OBJECT_BYTES;
    const isNull = this.isNull();
    stage.commits.push(() => this.snapshot.set("isNullObject", isNull));
    if (isNull) return bytes;
    const groups = new Map<string, string[][]>();
    for (const [head, ...rest] of paths) groups.set(head, [...(groups.get(head) ?? []), rest]);
    for (const [name, rests] of groups) {
      const deeper = rests.filter((r) => r.length > 0);
      if (deeper.length === 0) {
        const value = this.read(name);
        bytes += name.length + 3 + jsonBytes(value);
        stage.commits.push(() => this.snapshot.set(name, value));
        continue;
      }
      const target = this.navigate(name);
      const list = Array.isArray(target) ? target : [target];
      for (const child of list) bytes += child.stage(deeper, stage);
      stage.commits.push(() => this.snapshot.set(name, target));
    }
    return bytes;
  }

  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }

  /** The live value of a scalar property. */
  protected read(name: string): unknown {
    throw new Error(`The fake does not load '${name}' of ${this.constructor.name}`);
  }

  /** The object or objects a navigation property leads to. */
  protected navigate(name: string): FakeObject | FakeObject[] {
    throw new Error(`The fake does not navigate '${name}' of ${this.constructor.name}`);
  }

  /** Whether this is a null object (`*OrNullObject` that found nothing). */
  protected isNull(): boolean {
    return false;
  }

  /** A child proxy, the same one every time (so loads through paths land on it). */
  protected child<T extends FakeObject>(name: string, make: () => T): T {
    let c = this.children.get(name);
    if (!c) {
      c = make();
      this.children.set(name, c);
    }
    return c as T;
  }

  /** A loaded property; throws like Office.js when it was not loaded and synced. */
  protected loaded<T>(name: string): T {
    if (!this.snapshot.has(name)) {
      throw fakeError("PropertyNotLoaded", `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.snapshot.get(name) as T;
  }
}

/** A value available after the next sync (`ClientResult`). */
export class FakeClientResult<T> {
  private resolved = false;
  private result: T | undefined;

  constructor(ctx: FakeContext, compute: () => T) {
    ctx.queue(0, (stage) => {
      const value = compute();
      stage.response += jsonBytes(value);
      stage.commits.push(() => {
        this.result = value;
        this.resolved = true;
      });
    });
  }

  get value(): T {
    if (!this.resolved) throw fakeError("ValueNotLoaded", "The value of the result object has not been loaded yet.");
    return this.result as T;
  }
}

/** An event: handlers are added and removed when the batch syncs. */
export class FakeEvent<T> implements XlEvent<T> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly handlers: Set<Handler>,
  ) {}

  add(handler: (args: T) => Promise<unknown>): XlHandlerRegistration {
    const h = handler as unknown as Handler;
    this.ctx.queue(0, () => this.handlers.add(h));
    return {
      context: this.ctx,
      remove: () => this.ctx.queue(0, () => this.handlers.delete(h)),
    };
  }
}
