/**
 * What a pack file holds besides its tables, in words both the pack's writer (`xlsx/packs/`)
 * and its Instructions text use: the hidden provenance sheet's name and the Instructions sheet.
 */

/** Name of the hidden sheet recording what a pack was made from. */
export const PROVENANCE_SHEET = "JmpPack";

/** The Instructions sheet's text, one paragraph per row. */
export interface Instructions {
  readonly title: string;
  readonly paragraphs: readonly string[];
}
