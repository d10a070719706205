/**
 * Streaming `JMP.*` invocations fed by the plan store. Each function cell is one subscription:
 * it gets a value from the shared read when it starts, and a new value (through `setResult`)
 * after every change wave; when Excel cancels the invocation (the cell is cleared, its formula
 * changed, the workbook closed) the subscription ends.
 *
 * Why streaming rather than ordinary functions recalculated from change events: Excel re-runs an
 * ordinary function only when one of its arguments changes, and `=JMP.ROI("P-101")` has no
 * argument that changes when a claim is edited on the Claims sheet. The ways around that are
 * worse: `@volatile` re-runs every JMP cell after every edit anywhere in the workbook, plan or
 * not; forcing `application.calculate(full)` from the change event recalculates every formula of
 * the user's workbook, not only ours, and costs a write batch per wave. A streaming cell stays
 * subscribed instead: the store pushes its new value with `setResult` when a new analysis exists
 * (one read for all cells), only cells whose value changed are touched, and Excel recalculates
 * just their dependents. When a workbook opens, Excel starts every streaming cell and they all
 * wait on the same first read.
 */
import type { ErrorFactory, FunctionResult } from "./errors";
import { FAILURES, isFailure, sameResult, toCellValue } from "./errors";
import { evaluate, readQuery } from "./figureLookup";
import type { Query } from "./figureLookup";
import type { FunctionName } from "./functionSpecs";
import type { PlanState, PlanStore } from "../workbook/live/PlanStore";

/**
 * The part of Excel's `CustomFunctions.StreamingInvocation<number>` the functions use; `E` is the
 * host's error type (`CustomFunctions.Error` in Office, a plain value in tests).
 */
export interface ResultStream<E> {
  setResult(value: number | E): void;
  onCanceled?: () => void;
}

/** Runs streaming invocations against a plan store that may not exist yet. */
export class LiveFunctions<E> {
  private readonly store: Promise<PlanStore>;

  /**
   * @param store The plan store, or a promise of it: Excel may call the functions before the
   *   task pane's entry has built the store; those calls wait for it.
   * @param makeError Builds the host's error values.
   */
  constructor(
    store: PlanStore | Promise<PlanStore>,
    private readonly makeError: ErrorFactory<E>,
  ) {
    this.store = Promise.resolve(store);
  }

  /**
   * Starts one invocation of `name` with its arguments (`partner`, and `initiative` and `period`
   * where the function takes them, and `currency` for a money function). Wrong argument types answer `#VALUE!` at once and subscribe
   * to nothing.
   */
  stream(name: FunctionName, invocation: ResultStream<E>, partner: unknown, initiative?: unknown, period?: unknown, currency?: unknown): void {
    const query = readQuery(name, partner, initiative, period, currency);
    if (isFailure(query)) {
      invocation.setResult(toCellValue(query, this.makeError));
      return;
    }
    let canceled = false;
    let unsubscribe: (() => void) | undefined;
    invocation.onCanceled = () => {
      canceled = true;
      unsubscribe?.();
    };
    let last: FunctionResult | undefined;
    void this.store.then((store) => {
      if (canceled) return;
      unsubscribe = store.subscribe((state) => {
        const result = resultOf(state, query);
        // An edit elsewhere in the plan leaves most cells as they were: do not resend them.
        if (last !== undefined && sameResult(last, result)) return;
        last = result;
        invocation.setResult(toCellValue(result, this.makeError));
      });
      // Excel may cancel while the first value is being set, before `unsubscribe` was known.
      if (canceled) unsubscribe();
    });
  }
}

/** The result a plan state gives a query. */
function resultOf(state: PlanState, query: Query): FunctionResult {
  return state.ok ? evaluate(state.analysis, query) : FAILURES.readFailed(state.reason);
}
