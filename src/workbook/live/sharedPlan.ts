/**
 * Hands the plan store from the task pane's entry, which builds it over the open workbook, to the
 * `JMP.*` functions, which use it. Both run in the one shared runtime (the task pane page), but
 * the build ships the functions as a script of their own (functions.js, named by the manifest)
 * with its own copy of every module, so a module-level variable would not be seen by the other
 * script. The hand-over therefore lives on the page's global object under a registered symbol;
 * whichever script gets there first creates it, and this module keeps no state of its own.
 *
 * The pane imports `startFunctions` from here (not from `functions.ts`) so its bundle does not
 * carry a second registration of the functions.
 */
import type { LiveWorkbook } from "../workbook/port";
import { PlanStore } from "./PlanStore";

/** The shared hand-over. */
export interface StoreHandover {
  /** Resolves to the store once the functions are started; calls made before wait on it. */
  readonly store: Promise<PlanStore>;
  /** Resolves `store`. */
  readonly provide: (store: PlanStore) => void;
  /** The first start: the store once it follows edits. */
  started?: Promise<PlanStore>;
}

const SLOT = Symbol.for("jmp-planner.functions.planStore");

/** The hand-over on `scope` (the page's global object), created on first use. */
export function storeHandover(scope: object = globalThis): StoreHandover {
  const holder = scope as { [SLOT]?: StoreHandover };
  let handover = holder[SLOT];
  if (!handover) {
    let provide: (store: PlanStore) => void = () => undefined;
    const store = new Promise<PlanStore>((resolve) => {
      provide = resolve;
    });
    handover = { store, provide };
    holder[SLOT] = handover;
  }
  return handover;
}

/**
 * Builds the plan store over the open workbook and lets the functions run. Call it once from the
 * shared runtime's entry when Office is ready; later calls return the first store. Resolves once
 * edits are being followed; rejects if the host refuses the change listener (the functions still
 * show values then, but do not follow edits).
 */
export function startFunctions(workbook: LiveWorkbook, scope: object = globalThis): Promise<PlanStore> {
  const handover = storeHandover(scope);
  if (!handover.started) {
    const store = new PlanStore(workbook);
    handover.provide(store);
    handover.started = store.start().then(() => store);
  }
  return handover.started;
}
