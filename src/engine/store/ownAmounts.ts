/**
 * The amounts the rules compare, as each row's partner typed them: in the partner's own
 * currency (`Partners[Currency]`), before conversion into the plan currency.
 *
 * A tactic's MDF requested converts at the rate of its Start, its allocations at the rates of
 * their Authorized on: compared in the plan currency, a tactic funded exactly what it asked in
 * euros would read as funded a few cents above or below it after any rate change. So funding,
 * claims and budgets are compared in the partner's currency, where the partner's own numbers
 * meet (see rules/comparedAmounts.ts). Only a plan with a partner in another currency holds
 * these copies; every other plan compares its plan-currency columns.
 *
 * Each array runs parallel to its table's columns (cents; NaN when absent, as there); a cell
 * that named a currency of its own ("USD 75" on a euro partner's row) is converted into the
 * row's partner currency, at the rate of the row's date.
 */

/** Own-currency copies of the amounts the funding, claim and budget rules compare. */
export interface OwnAmounts {
  /** Per tactic (the tactic's partner's currency). */
  readonly totalCost: Float64Array;
  readonly mdfRequested: Float64Array;
  /** Per allocation (the allocation's partner's currency). */
  readonly allocationAmount: Float64Array;
  /** Per claim (its tactic's partner's currency). */
  readonly amountClaimed: Float64Array;
  readonly amountApproved: Float64Array;
  /** Per partner position: the MDF budget, NaN when blank. */
  readonly mdfBudget: Float64Array;
}
