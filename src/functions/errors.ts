/**
 * What a `JMP.*` function reports when it has no number to give, and how that becomes an Excel
 * error at the boundary. The math returns a `FunctionFailure` value; only the entry turns it into
 * a `CustomFunctions.Error`, through an `ErrorFactory` it injects, so everything else runs (and is
 * tested) in Node without Office. Every message a user can read in a cell's error flag is here.
 */
import type { TableSpec } from "../model/schema";

/** The two Excel errors the functions use: `#N/A` (no value) and `#VALUE!` (wrong argument). */
export type ErrorKind = "notAvailable" | "invalidValue";

/** A result that is not a number, with the reason the cell's error flag shows. */
export interface FunctionFailure {
  readonly kind: ErrorKind;
  readonly message: string;
}

/** What a function computes: a number (currency units, a fraction or a count) or a failure. */
export type FunctionResult = number | FunctionFailure;

/** Builds the host's error value; the Office entry passes one over `CustomFunctions.Error`. */
export type ErrorFactory<E> = (kind: ErrorKind, message: string) => E;

/** True when the result is a failure rather than a number. */
export function isFailure(result: unknown): result is FunctionFailure {
  return typeof result === "object" && result !== null && "kind" in result && "message" in result;
}

/** The cell value of a result: the number itself, or the host's error built by `makeError`. */
export function toCellValue<E>(result: FunctionResult, makeError: ErrorFactory<E>): number | E {
  return isFailure(result) ? makeError(result.kind, result.message) : result;
}

/** Two results show the same in a cell (same number, or same error and reason). */
export function sameResult(a: FunctionResult, b: FunctionResult): boolean {
  if (isFailure(a) || isFailure(b)) return isFailure(a) && isFailure(b) && a.kind === b.kind && a.message === b.message;
  return Object.is(a, b);
}

function notAvailable(message: string): FunctionFailure {
  return { kind: "notAvailable", message };
}

function invalidValue(message: string): FunctionFailure {
  return { kind: "invalidValue", message };
}

/** The failures, by cause. */
export const FAILURES = {
  /** `#N/A`: the partner argument names no partner of the Partners table. */
  unknownPartner: (typed: string) => notAvailable(`unknown partner ${typed}`),
  /** `#N/A`: the initiative argument names no initiative of the Initiatives table. */
  unknownInitiative: (typed: string) => notAvailable(`unknown initiative ${typed}`),
  /** `#N/A`: a name shared by several partners cannot pick one. */
  ambiguousPartner: (typed: string) => notAvailable(`several partners are named ${typed}; use the Partner ID`),
  /** `#N/A`: a name shared by several initiatives cannot pick one. */
  ambiguousInitiative: (typed: string) => notAvailable(`several initiatives are named ${typed}; use the Initiative ID`),
  /** `#N/A`: the period argument names no quarter or month of the plan (or the plan has no period). */
  unknownPeriod: (typed: string) => notAvailable(`unknown period ${typed}`),
  /** A currency argument the Rates table has no rate for. */
  noRate: (code: string) => notAvailable(`no rate for ${code} in the Rates table`),
  /** `#N/A`: a partner asked in its own currency, which has no rate: its rows are counted nowhere (V10). */
  noOwnRate: (code: string, partner: string) => notAvailable(`no rate for ${code} in the Rates table, so ${partner}'s amounts are not counted`),
  /** `#N/A`: the workbook has none of the JMP tables. */
  noPlan: () => notAvailable("no JMP plan in this workbook"),
  /** `#N/A`: a table the figure is computed from is missing. */
  missingTable: (table: TableSpec) => notAvailable(`no JMP plan in this workbook: the ${table.label} table (${table.name}) is missing`),
  /** `#N/A`: a table the figure is computed from lacks a required column, so the figure would be wrong. */
  missingColumn: (table: TableSpec, header: string) => notAvailable(`the ${table.label} table has no ${header} column`),
  /** `#N/A`: the workbook could not be read at all. */
  readFailed: (reason: string) => notAvailable(`the JMP plan could not be read: ${reason}`),
  /** `#N/A`: a ratio whose denominator is zero (SPEC section 4), with the reason. */
  undefinedRatio: (reason: string) => notAvailable(reason),
  /** `#VALUE!`: an argument of the wrong type (a boolean, an array, an object). */
  wrongArgument: (parameter: string, expected: string) => invalidValue(`${parameter} must be ${expected}`),
} as const;

/** Why a ratio has no value, worded for the cell's error flag. */
export const UNDEFINED_REASONS = {
  noSpend: "no spend yet",
  noForecast: "no forecast",
  noApprovedTactics: "no approved tactics",
  nothingAuthorized: "nothing authorized",
  noRequestedMdf: "no requested MDF",
  noBudget: "no MDF budget set",
  noTarget: "no target set",
} as const;
