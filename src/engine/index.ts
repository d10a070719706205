/**
 * The engine's public face: hosts import from here.
 */
export { analyze, pairFigures } from "./analyze";
export type { Analysis, AnalyzeOptions, InitiativeFigures, PartnerFigures, TacticTypeFigures } from "./analyze";
export type { Figures } from "./figures";
export type { TacticFacts, PlanIndex } from "./planIndex";
