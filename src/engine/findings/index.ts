/**
 * Findings: the sink every stage files them in (with sheet, column and cell address), claim
 * findings filed under their tactic's partner once linked, and the order a user walks them in.
 */
export { FindingSink } from "./findingSink";
export { attributeClaimFindings } from "./claimPartners";
export { sortFindings } from "./sortFindings";
