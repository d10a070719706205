/**
 * The request a sync sends, sized as Office.js serializes it. Office.js (OfficeExtension's
 * `ClientRequest.buildRequestMessageBody`) sends one JSON body per `context.sync()`:
 *
 *     {"Actions":[{"Id":7,"ActionType":4,"Name":"Values","ObjectPathId":6,
 *                  "ArgumentInfo":{"Arguments":[[["Acme"]]]}}, ...],
 *      "ObjectPaths":{"6":{"Id":6,"ObjectPathType":3,"Name":"GetRangeByIndexes",
 *                  "ParentObjectPathId":3,"ArgumentInfo":{"Arguments":[11,2,1,1]}}, ...}}
 *
 * Every proxy an API call returns (`getRange`, `getRangeByIndexes`, `getCell`, `getItem`,
 * `format`, `font`, ...) gets an object path and, when created, an Instantiate action
 * (`ClientObject`'s constructor calls `ActionFactory.createInstantiateAction`); every property
 * write is a SetProperty action carrying its value, every method a Method action carrying its
 * arguments, every `load` a Query action; and the request lists each object path an action
 * refers to, with all its ancestors, once per request. So a write of one cell costs about 300
 * bytes besides its value, which is what the fake charges: 20,000 single-cell writes in one
 * sync make a request over 5 MB, which Excel on the web refuses.
 */
import { jsonBytes } from "./fakeMeter";

/** How a proxy was reached (`ObjectPathType` in the request). */
export type PathKind = "global" | "method" | "property" | "indexer";
const PATH_TYPES: Record<PathKind, number> = { global: 1, method: 3, property: 4, indexer: 5 };

/** What an action does (`ActionType` in the request). */
export type ActionKind = "instantiate" | "query" | "method" | "setProperty";
const ACTION_TYPES: Record<ActionKind, number> = { instantiate: 1, query: 2, method: 3, setProperty: 4 };

/** Bytes of `{"Actions":[],"ObjectPaths":{}}`. */
const ENVELOPE_BYTES = 30;

/** An object path: its id, its size in the request and the path it hangs off. */
export class ObjectPath {
  constructor(
    readonly id: number,
    /** Bytes of `"id":{...},` in the ObjectPaths dictionary. */
    readonly bytes: number,
    readonly parent: ObjectPath | undefined,
  ) {}
}

/** The request being built by a context between two syncs. */
export class PendingRequest {
  private nextId = 1;
  private actionBytes = 0;
  private pathBytes = 0;
  private readonly referenced = new Set<number>();

  /** A new object path (Office.js numbers paths and actions from one counter per context). */
  path(kind: PathKind, name: string, parent: ObjectPath | undefined, args?: readonly unknown[]): ObjectPath {
    const id = this.nextId++;
    const info: Record<string, unknown> = { Id: id, ObjectPathType: PATH_TYPES[kind], Name: name };
    if (parent) info.ParentObjectPathId = parent.id;
    if (args) info.ArgumentInfo = { Arguments: args };
    return new ObjectPath(id, jsonBytes(String(id)) + 2 + jsonBytes(info), parent);
  }

  /**
   * Adds an action on `target`; `argumentBytes` is the JSON of its arguments (a SetProperty's
   * value, a method's arguments), undefined for none. `query` is a Query action's QueryInfo.
   */
  action(kind: ActionKind, name: string, target: ObjectPath, argumentBytes?: number, query?: unknown): void {
    const info: Record<string, unknown> = { Id: this.nextId++, ActionType: ACTION_TYPES[kind], Name: name, ObjectPathId: target.id };
    if (query !== undefined) info.QueryInfo = query;
    // `"ArgumentInfo":{"Arguments":[]}` is 29 bytes around the arguments.
    this.actionBytes += jsonBytes(info) + 1 + (argumentBytes === undefined ? 0 : 29 + argumentBytes);
    this.reference(target);
  }

  /** Lists `target` and its ancestors in the request, each once. */
  private reference(target: ObjectPath): void {
    for (let p: ObjectPath | undefined = target; p && !this.referenced.has(p.id); p = p.parent) {
      this.referenced.add(p.id);
      this.pathBytes += p.bytes;
    }
  }

  /** Bytes of the request as JSON. */
  get bytes(): number {
    return ENVELOPE_BYTES + this.actionBytes + this.pathBytes;
  }

  /** Starts the next request (ids keep counting, as in Office.js). */
  clear(): void {
    this.actionBytes = 0;
    this.pathBytes = 0;
    this.referenced.clear();
  }
}
