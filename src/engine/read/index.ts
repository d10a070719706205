/**
 * Stage 1, read: raw tables in, the plan data (`store/`) and the structure and value findings
 * (S01-S03, V01-V09) out. The small tables become row records; the four large ones are read
 * into columns in a few passes (own IDs, then each ID column, then the other cells row by row).
 *
 * The words of the reading path:
 * - **slot**: where a schema column sits in a raw table (its index in each row, -1 when the
 *   table lacks it) with the column's spec; a table's slots are found once, by header
 *   (`tableColumns.ts`).
 * - **data row**: a row of the raw table that is not blank and not the totals row (`rowScan.ts`).
 * - **position**: a data row's index in the raw table's rows.
 * - **place**: where a data row goes in the columns: its order among the kept rows, or past
 *   them for a row left out for repeating an earlier row's own ID (still read for its findings).
 * - **sweep**: one walk over a large table's data rows, knowing each row's position, place and
 *   sheet row, and putting the cell reader on a row only when a cell needs it (`sweep.ts`).
 * - **plain form**: the shape nearly every cell has (a number, a serial, a template spelling of
 *   an enum, trimmed text), read in the row loop itself; any other cell goes to the cell reader
 *   (`cellReader.ts`), whose complete readers (`cellParser.ts`) record the findings.
 * - **spelling**: an ID's trimmed text as some cell wrote it, interned to a small number in its
 *   ID domain (`store/idDomain.ts`); several spellings ("p001", "P001") share one **key**.
 */
export { parse } from "./parse";
export type { Parsed, ReadOptions } from "./parse";
export type { CurrencyView } from "./convertCurrencies";
export type { SettingsOptions } from "./parseSettings";
