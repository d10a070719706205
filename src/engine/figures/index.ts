/**
 * Stage 4, figures: the metrics of SPEC section 4, summed in one pass over each table into one
 * typed table of groups (the total, partners, initiatives, tactic types, partner x initiative
 * pairs), and turned into ratios when read.
 */
export { aggregate } from "./aggregate";
export { outsidePeriods } from "./outsidePeriods";
export { emptySums, INITIATIVE_KIND, PARTNER_KIND, toFigures, TYPE_KIND } from "./figures";
export type { Figures } from "./figures";
export type { PairFigures } from "./pairFigures";
export type { GroupSums } from "./aggregate";
