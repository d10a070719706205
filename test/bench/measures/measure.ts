/**
 * The shape every benchmark measurement has: it runs against a shared context and returns lines
 * for the printed table and fields for the final JSON line. One module per measurement keeps
 * each one readable and lets new ones (Office.js round trips, custom function reads) slot in.
 */
import type { RawTable } from "../../../src/model/rawTable";
import type { PlanSize } from "../../helpers/generatePlan";
import type { CollectGarbage } from "../gc";

/** Settings of one benchmark run. */
export interface BenchSettings {
  /** A tenth of the SPEC size (the HyperFormula comparison keeps its size). */
  readonly quick: boolean;
  readonly seed: number;
  /** Timed runs per engine and floor figure (after warm-up). */
  readonly runs: number;
  /** Timed HyperFormula builds (each takes tens of seconds; 1 in quick mode, 3 otherwise, unless --hf-runs). */
  readonly hyperFormulaRuns: number;
  /** Run only the measurements whose title holds this text (lower case); unset runs them all. */
  readonly only?: string;
}

/** What measurements share: the settings, the plan at the benchmark size, the collector. */
export interface BenchContext {
  readonly settings: BenchSettings;
  readonly size: PlanSize;
  /** The synthetic plan at `size`, generated once. */
  readonly plan: () => readonly RawTable[];
  readonly gc: CollectGarbage | undefined;
}

/** One line of the printed table. */
export interface ResultLine {
  readonly label: string;
  readonly value: string;
  /** What the figure means, its goal, or why it is missing. */
  readonly note?: string;
}

/** What a measurement reports. */
export interface MeasureResult {
  readonly lines: readonly ResultLine[];
  /** Fields merged into the final JSON line. */
  readonly json: Readonly<Record<string, unknown>>;
}

/** A measurement. */
export interface Measure {
  /** Section title in the printed table. */
  readonly title: string;
  /** Measures; the Office.js and xlsx measurements are asynchronous, like their adapters. */
  run(context: BenchContext): MeasureResult | Promise<MeasureResult>;
}

/** Milliseconds for the table: "4,412.3 ms". */
export function ms(value: number): string {
  return `${value.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ms`;
}

/** A figure rounded for JSON (three significant decimals are plenty for ratios). */
export function round(value: number, decimals = 4): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
