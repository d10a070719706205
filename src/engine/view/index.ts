/**
 * Stage 5, view: the plan as row records and its lookups, for hosts and views (the pane, the
 * reports, the functions). The large tables become records only when something asks for them.
 */
export { planView } from "./planView";
export { isOverdue, planIndex } from "./planIndex";
export type { OwnTacticFacts, PlanIndex, TacticFacts } from "./planIndex";
