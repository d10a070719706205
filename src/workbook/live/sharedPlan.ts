/**
 * The one live plan of the open workbook. The `JMP.*` functions, the task pane and the ribbon
 * commands all run in the one shared runtime (the task pane page), and all use the same
 * `PlanStore`: one change subscription, one read and one analysis per change wave, every consumer
 * notified. The build ships the functions as a script of their own (functions.js, named by the
 * manifest) with its own copy of every module, so a module-level variable would not be seen by
 * the other scripts. The store therefore lives on the page's global object under a registered
 * symbol; whichever script gets there first creates the slot, and this module keeps no state.
 */
import type { LiveWorkbook } from "../port";
import { PlanStore } from "./PlanStore";

/** The shared hand-over. */
export interface StoreHandover {
  /** Resolves to the store once one is made; the functions' calls made before wait on it. */
  readonly store: Promise<PlanStore>;
  /** Resolves `store`. */
  readonly provide: (store: PlanStore) => void;
  /** The store, once made. */
  made?: PlanStore;
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
 * The live plan of the page: made over `workbook` and set following edits by the first caller
 * (the pane's entry once Office is ready, or a ribbon command run before it); later callers get
 * the same store whatever workbook object they pass. If the host refuses the change listener the
 * store still reads on demand (`isFollowing` stays false; see `startSharedPlan`).
 */
export function sharedPlanStore(workbook: LiveWorkbook, scope: object = globalThis): PlanStore {
  const handover = storeHandover(scope);
  if (!handover.made) {
    const store = new PlanStore(workbook);
    handover.made = store;
    handover.provide(store);
    handover.started = store.start().then(() => store);
    // Who needs to know of a refused listener awaits `started`; nobody else must see it unhandled.
    handover.started.catch(() => undefined);
  }
  return handover.made;
}

/**
 * `sharedPlanStore`, resolving once edits are followed; rejects if the host refuses the change
 * listener (the functions still show values then, but do not follow edits).
 */
export function startSharedPlan(workbook: LiveWorkbook, scope: object = globalThis): Promise<PlanStore> {
  sharedPlanStore(workbook, scope);
  return storeHandover(scope).started as Promise<PlanStore>;
}
