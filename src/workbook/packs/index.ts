/**
 * Partner packs: make one for a partner, read a filled one back, merge it into the plan. The
 * rules live in `src/engine/merge`; the pack file's ExcelJS side (writing a pack, reading its
 * provenance, writing a merge into an .xlsx) lives in `xlsx/packs/`; this folder holds what
 * every host shares: the merge's steps over the port, the Instructions text, the errors.
 */
export { PackError } from "./errors";
export { makePack, SPARE_ROWS } from "../xlsx/packs/makePack";
export type { MadePack, PackOptions } from "../xlsx/packs/makePack";
export { applyMerge, mergeWrites, prepareMerge } from "./mergePack";
export type { PreparedMerge } from "./mergePack";
export { PROVENANCE_SHEET } from "./packLayout";
