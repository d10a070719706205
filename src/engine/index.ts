/**
 * The engine's public face: hosts import from here (and the JSON report from `reportJson.ts`,
 * partner packs' rules from `merge/`). The engine is pure: it imports no host.
 *
 * Its folders follow the pipeline `analyze()` runs: `read/` (raw tables -> plan data, the
 * reading path's words are defined in its index) -> `store/` (the plan data) -> `link/` ->
 * `rules/` -> `figures/` -> `view/`, with `findings/` collecting what every stage reports.
 */
export { analysisOf, analysisParts, analyze, pairFigures } from "./analyze";
export { holdsNoPlan, missingTables } from "./missingTables";
export type { AnalysisParts } from "./analyze";
export { assembledParts, partsInPieces, revivedParts } from "./analysisTransfer";
export type { AnalysisPiece } from "./analysisTransfer";
export type { Analysis, AnalyzeOptions, InitiativeFigures, PartnerFigures, TacticTypeFigures } from "./analyze";
export type { Figures, OpenClaimsByAge } from "./figures/figures";
export type { GroupFigures, PeriodFigures, PlanPeriods } from "./periodFigures";
export type { OwnTacticFacts, TacticFacts, PlanIndex } from "./view/planIndex";
export { WorkArrays } from "./store/workArrays";
