/**
 * Partner packs over .xlsx files: make one for a partner, read a filled one back, merge it into
 * the plan. The rules live in `src/engine/merge`; this folder only reads and writes workbooks.
 */
export { PackError } from "./errors";
export { makePack, SPARE_ROWS } from "./makePack";
export type { MadePack, PackOptions } from "./makePack";
export { applyMerge, prepareMerge } from "./mergePack";
export type { PreparedMerge } from "./mergePack";
export { PROVENANCE_SHEET } from "./provenanceSheet";
