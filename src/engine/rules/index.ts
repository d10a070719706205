/**
 * Stage 3, rules: every check of SPEC section 5 (and P08 of section 9) over the plan data and
 * its links, one file per family (P, F, C, R, O), each finding filed through the sink.
 */
export { validate } from "./validate";
