/**
 * Reads the `partner`, `initiative` and `period` arguments as Excel hands them over. The parameters are
 * declared `any` so a numeric ID typed as a number (`=JMP.ROI(1001)`, or a cell holding 1001)
 * arrives intact; everything that cannot be an ID or a name is a `#VALUE!`.
 */
import type { FunctionFailure } from "./errors";
import { FAILURES } from "./errors";

/** What an ID-or-name argument asks for: no restriction, or the text to look up. */
export type Choice = { readonly all: true } | { readonly all: false; readonly text: string };

const ALL: Choice = { all: true };

/** Which argument is read, for the `#VALUE!` message. */
export type ChoiceParameter = "partner" | "initiative" | "period";

const EXPECTED: Record<ChoiceParameter, string> = {
  partner: 'a Partner ID or partner name (or "*" for all partners)',
  initiative: "an Initiative ID or initiative name",
  period: 'a quarter or month label such as FY2027-Q1 or 2026-07 (or "*" for the whole plan)',
};

/**
 * Reads an ID-or-name argument: omitted, blank or `"*"` means all; text is trimmed; a finite
 * number is an ID written the way the engine reads a numeric ID cell (`String(1001)`); a
 * boolean, an array or any other value is a `#VALUE!` failure.
 */
export function readChoice(value: unknown, parameter: ChoiceParameter): Choice | FunctionFailure {
  if (value === undefined || value === null) return ALL;
  if (typeof value === "string") {
    const text = value.trim();
    return text === "" || text === "*" ? ALL : { all: false, text };
  }
  if (typeof value === "number" && Number.isFinite(value)) return { all: false, text: String(value) };
  return FAILURES.wrongArgument(parameter, EXPECTED[parameter]);
}
