/**
 * Findings: the engine's errors as values (SPEC section 5). Codes and severities are stable and
 * kept here with their user-facing titles; messages are built by the rule that finds them.
 */

export type Severity = "error" | "warning";

/** One finding, pointing at the cell a user must look at. */
export interface Finding {
  readonly code: RuleCode;
  readonly severity: Severity;
  /** The Excel table name (`JmpTactics`). */
  readonly table: string;
  /** Sheet the table is on, when it exists. */
  readonly sheet: string | null;
  /** Sheet row number the user sees, or null for a whole-table finding. */
  readonly row: number | null;
  /** The column header, or null for a whole-row or whole-table finding. */
  readonly column: string | null;
  /** A1 address on the sheet (`C12`), when the cell is known. */
  readonly cell: string | null;
  readonly message: string;
  /** The partner the finding concerns (its ID as written), when known; for filtering. */
  readonly partner: string | null;
  /** A money finding's amount in cents (what was requested, funded, claimed...), when it has one. */
  readonly amount?: number;
  /** The limit in cents the amount passes or falls short of (a budget, a funding, a cap), when it has one. */
  readonly limit?: number;
  /**
   * The ISO code of the currency `amount` and `limit` are in when it is not the plan's: a
   * partner's own, in which its funding, claims and budget are compared.
   */
  readonly currency?: string;
}

/** A rule: its code, severity and a title for lists and the README. */
export interface RuleInfo {
  readonly code: string;
  readonly severity: Severity;
  readonly title: string;
}

/** Every rule code: set 1, P08 and C08 of template version 2, V10 and V12 of version 3 (currencies), and V11 (sums past exact cents). */
export const RULES = {
  S01: { code: "S01", severity: "error", title: "Missing table" },
  S02: { code: "S02", severity: "error", title: "Missing required column" },
  S03: { code: "S03", severity: "error", title: "Duplicate column header" },
  V01: { code: "V01", severity: "error", title: "Required value missing" },
  V02: { code: "V02", severity: "error", title: "Not a number" },
  V03: { code: "V03", severity: "error", title: "Not a date" },
  V04: { code: "V04", severity: "error", title: "Negative or zero where the column forbids it" },
  V05: { code: "V05", severity: "error", title: "Not an allowed value" },
  V06: { code: "V06", severity: "error", title: "Percent outside 0-100 %" },
  V07: { code: "V07", severity: "error", title: "Excel error value in a cell" },
  V08: { code: "V08", severity: "error", title: "Duplicate ID (or duplicate Joint Plan pair)" },
  V09: { code: "V09", severity: "warning", title: "Number stored as text (the value is still used)" },
  V10: { code: "V10", severity: "error", title: "Amount in a currency with no rate (or none in force on the row's date); not counted" },
  V11: { code: "V11", severity: "error", title: "Amounts of a column add up past what a sum holds to the cent (figures adding them may be off)" },
  V12: { code: "V12", severity: "warning", title: "Amount in the plan currency on a row of a partner in another currency (used as the plan currency)" },
  R01: { code: "R01", severity: "error", title: "Unknown Partner ID" },
  R02: { code: "R02", severity: "error", title: "Unknown Initiative ID" },
  R03: { code: "R03", severity: "error", title: "Unknown Tactic ID" },
  R04: { code: "R04", severity: "error", title: "Partner ID differs from the tactic's partner" },
  R05: { code: "R05", severity: "error", title: "Initiative ID differs from the tactic's initiative" },
  P01: { code: "P01", severity: "warning", title: "Tactic on an inactive initiative" },
  P02: { code: "P02", severity: "warning", title: "Tactic outside the Joint Plan (partner-initiative pair not agreed)" },
  P03: { code: "P03", severity: "error", title: "End before Start" },
  P04: { code: "P04", severity: "warning", title: "Tactic dates outside the plan period" },
  P05: { code: "P05", severity: "error", title: "MDF requested above Total cost x Max MDF share" },
  P06: { code: "P06", severity: "error", title: "Approved MDF requested above the partner's MDF budget" },
  P07: { code: "P07", severity: "warning", title: "Approved tactic of an inactive partner" },
  P08: { code: "P08", severity: "warning", title: "New tactic (Draft or Submitted) of an inactive tactic type" },
  P09: { code: "P09", severity: "warning", title: "Joint Plan pair forecast both for the whole plan and by period" },
  F01: { code: "F01", severity: "error", title: "Allocation to a tactic that is not approved" },
  F02: { code: "F02", severity: "error", title: "Tactic funded above its MDF requested" },
  F03: { code: "F03", severity: "warning", title: "Approved tactic unfunded or under-funded" },
  F04: { code: "F04", severity: "warning", title: "Lump-sum allocation tied to no tactic" },
  F05: { code: "F05", severity: "error", title: "Authorized above the partner's MDF budget" },
  C01: { code: "C01", severity: "error", title: "Claim on a tactic with no funding" },
  C02: { code: "C02", severity: "error", title: "Counted claims above the tactic's funding" },
  C03: { code: "C03", severity: "error", title: "Amount approved above Amount claimed" },
  C04: { code: "C04", severity: "warning", title: "Claim submitted before the tactic's End" },
  C05: { code: "C05", severity: "error", title: "Paid claim without Paid on" },
  C06: { code: "C06", severity: "warning", title: "Overdue claim" },
  C07: { code: "C07", severity: "error", title: "Claim on a tactic that is not approved" },
  C08: { code: "C08", severity: "warning", title: "Counted and Submitted claims above the tactic's funding" },
  O01: { code: "O01", severity: "warning", title: "Outcome dated outside the plan period" },
} as const satisfies Record<string, RuleInfo>;

export type RuleCode = keyof typeof RULES;

/** Counts of findings by severity. */
export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
}

/** Counts findings by severity. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  for (const f of findings) if (f.severity === "error") errors++;
  return { errors, warnings: findings.length - errors };
}
