/**
 * Partner packs as pure logic: which rows a pack holds, the fingerprints it records, and the
 * merge plan of a filled pack. Hosts (the xlsx adapter, later the task pane) write and read the
 * workbooks; everything decided about rows happens here.
 */
export { isClaimStatus } from "./claimWorkflow";
export { cellWords, columnWords, isCellRefusal, placeWords, refusedWords } from "./cellWords";
export { decidedCellReason } from "./decidedRows";
export { canonicalCell, cellFingerprint, hashText, rowFingerprint, shownValue } from "./fingerprint";
export type { ShownValue } from "./fingerprint";
export { findRawTable, keyedTable, rowId } from "./keyedRows";
export type { KeyedRow, KeyedTable, RowId } from "./keyedRows";
export { jsonEntries, mergeJson } from "./mergeJson";
export { LOG_HEADERS, LOG_SHEET, LOG_WIDTHS, logLineOf, logRow, mergeLogLines, NEW_ROW, readResultCell, resultCell, withoutLoggedRefusals } from "./mergeLog";
export { knownMetrics, logValueWords } from "./logLineWords";
export type { LogLine, LogResult } from "./mergeLog";
export { appliedByThisPack } from "./packWrites";
export type { PackWrite, PackWrites } from "./packWrites";
export type { JsonEntry, MergeJson } from "./mergeJson";
export { isNoOp, needsAttention } from "./mergeTypes";
export type { AddedEntry, CellDiff, CellWrite, ChangedEntry, ConflictCell, ConflictEntry, DecidingCells, KeptEntry, MergePlan, RefusedEntry, RowAppend } from "./mergeTypes";
export { findPackPartner, planPartners, selectPackRows } from "./packSelection";
export type { PackPartner, PackSelection } from "./packSelection";
export { planMerge } from "./planMerge";
export { textWriteWords, textWrites } from "./textWrites";
export type { TextWrite } from "./textWrites";
export { packCellReader, packReading } from "./packConventions";
export { packValueWords } from "./packValueWords";
export type { PackCurrencies, ValueWords } from "./packValueWords";
export type { PackReading } from "./packConventions";
export type { MergeInput } from "./planMerge";
export { columnKeys, isVendorOwned, PACK_FORMAT, PACKED_TABLES, packedRow, PARTNER_TABLES } from "./provenance";
export type { PackedRow, PackProvenance } from "./provenance";
export { packOriginProblem, planIdentity } from "./packOrigin";
