/**
 * Where a plan keeps the tracker mapping it was last imported with, in words both adapters
 * share: JSON text in cell B1 of a hidden sheet that a defined name points at.
 */

/** The defined name of the mapping cell. */
export const IMPORT_MAPPING_NAME = "JmpImportMapping";
/** The hidden sheet's preferred name. */
export const IMPORT_SHEET = "JmpImport";
/** The most text one Excel cell holds. */
export const MAX_CELL_TEXT = 32_767;
