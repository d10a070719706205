/**
 * Stage 2, link: which partner, initiative and tactic each row points at (as positions in their
 * tables), the Joint Plan's agreed pairs, and the per-tactic facts rules and sums share
 * (funding, counted and paid claims, a live claim). Made once, so no rule or sum looks text up.
 */
export { link } from "./links";
export type { Links } from "./links";
