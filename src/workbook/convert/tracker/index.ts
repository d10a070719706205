/**
 * Importing an MDF tracker (one sheet, one row per activity, in the user's own words) into a
 * plan: the same importer for the CLI, the task pane in Excel and browser mode.
 */
export { chooseTrackerSheet, trackerCandidates } from "./chooseSheet";
export { EMPTY_PLAN, existingPlan } from "./existingPlan";
export type { ExistingPlan } from "./existingPlan";
export { fieldLabel, FIELD_KEYS, isTrackerField, TRACKER_FIELDS } from "./fields";
export type { TrackerField } from "./fields";
export { DEFAULT_INITIATIVE, planTrackerImport, requireSomethingToImport, TrackerImportError } from "./importTracker";
export type { ImportOptions, TrackerImportFailure, TrackerSheet } from "./importTracker";
export type { ImportCount, ImportRow, ReconciledTotal, Reconciliation, ReviewItem, ReviewKind, TrackerImport } from "./importTypes";
export type { ColumnMapping, MappedBy } from "./mapColumns";
export { REVIEW_CONFIDENCE } from "./mapColumns";
export { MAPPING_FORMAT, MAPPING_VERSION, MappingFormatError, parseSavedMapping } from "./savedMapping";
export type { SavedMapping } from "./savedMapping";
export type { SkippedRow, SkipReason } from "./dataRows";
export { totalsCompared, whyNoTotalCompared } from "./reconcile";
export { skippedRowsLine } from "./skippedWords";
export { differenceText, totalText } from "./totalText";
export { isImportable, writeImport } from "./writeImport";
export type { WrittenImport } from "./writeImport";
