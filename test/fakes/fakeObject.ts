/**
 * The proxy base class of the Excel fake and the two small proxies every part uses: like
 * Office.js, a proxy only queues (property writes, method calls, loads) and a property read
 * before it was loaded and synced throws.
 */
import type { XlEvent, XlHandlerRegistration } from "../../src/workbook/excel/xlTypes";
import type { Command, FakeContext, Stage } from "./fakeContext";
import { jsonBytes } from "./fakeMeter";
import type { ObjectPath, PathKind } from "./fakeRequest";
import type { Handler } from "./fakeState";
import { fakeError } from "./fakeState";

/** Bytes each loaded object adds to the response besides its properties. */
const OBJECT_BYTES = 16;

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

  constructor(
    readonly ctx: FakeContext,
    /** How Office.js names this proxy in a request. */
    readonly path: ObjectPath,
  ) {}

  load(propertyNames: string): this {
    const paths = parsePaths(propertyNames);
    this.ctx.query(
      this.path,
      paths.map((p) => p.join("/")),
      (stage) => {
        stage.response += this.stage(paths, stage);
      },
    );
    return this;
  }

  /** The path of a proxy this one's method or property returns (an Instantiate action). */
  protected via(kind: PathKind, name: string, args?: readonly unknown[]): ObjectPath {
    return this.ctx.instantiate(kind, name, this.path, args);
  }

  /** Queues a property write on this object carrying `value`. */
  protected set(name: string, value: unknown, run: Command): void {
    this.ctx.call(this.path, "setProperty", name, jsonBytes(value), run);
  }

  /** Queues a method call on this object carrying `args`. */
  protected invoke(name: string, args: readonly unknown[], run: Command): void {
    this.ctx.call(this.path, "method", name, args.length === 0 ? undefined : jsonBytes(args) - 2, run);
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

  /** The result of method `name` on the object at `target`. */
  constructor(ctx: FakeContext, target: ObjectPath, name: string, compute: () => T) {
    ctx.call(target, "method", name, undefined, (stage) => {
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
    /** The object whose event it is, and the event's name. */
    private readonly target: ObjectPath,
    private readonly name: string,
  ) {}

  add(handler: (args: T) => Promise<unknown>): XlHandlerRegistration {
    const h = handler as unknown as Handler;
    this.ctx.call(this.target, "method", `_Register${this.name}`, undefined, () => this.handlers.add(h));
    return {
      context: this.ctx,
      remove: () => this.ctx.call(this.target, "method", `_Unregister${this.name}`, undefined, () => this.handlers.delete(h)),
    };
  }
}
