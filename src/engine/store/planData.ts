/**
 * The plan as the engine holds it while it checks and sums: the small tables (Settings,
 * Initiatives, Partners, Joint Plan) as row records, the large ones as columns, and the ID
 * domains their columns point into. Hosts see the row-record `Plan`, built from this on demand.
 */
import type { ExchangeRate, Initiative, JointPlanEntry, Partner, Settings, TableLocation, TacticTypeEntry } from "../../model/plan";
import type { AllocationColumns, ClaimColumns, OutcomeColumns, TacticColumns } from "./activityColumns";
import type { IdDomains } from "./idDomain";
import type { OwnAmounts } from "./ownAmounts";

/** A parsed plan. Rows appear in sheet order; duplicates and blank rows are left out. */
export interface PlanData {
  readonly settings: Settings;
  /** The plan's tactic types; a tactic's type code is a position in this list. */
  readonly tacticTypes: readonly TacticTypeEntry[];
  readonly initiatives: readonly Initiative[];
  readonly partners: readonly Partner[];
  readonly jointPlan: readonly JointPlanEntry[];
  readonly tactics: TacticColumns;
  readonly allocations: AllocationColumns;
  readonly claims: ClaimColumns;
  readonly outcomes: OutcomeColumns;
  /** The Rates table's readable rows (the amounts above are already in the plan currency). */
  readonly rates: readonly ExchangeRate[];
  /**
   * The compared amounts as the partners typed them, in their own currencies; only when a
   * partner works in another currency than the plan's (see ownAmounts.ts).
   */
  readonly own?: OwnAmounts;
  readonly ids: IdDomains;
  /** Tables found, by table name. */
  readonly locations: ReadonlyMap<string, TableLocation>;
}
