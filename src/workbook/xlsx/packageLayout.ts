/**
 * How a package's parts are wired, as the zip guard saw them while it checked every part: what
 * the writers need to know which parts a save replaces (`splice/rewrittenParts.ts`) without
 * opening the package again.
 */
import { PartNames } from "./partNames";
import type { PartsSeen, Relationship } from "./uncarriedParts";

/** What the zip guard saw of the package's wiring. */
export interface PackageLayout {
  /** Every internal relationship, its target given by the archive's name when the archive holds it (in any letter case). */
  readonly relationships: readonly Relationship[];
  /** The workbook's sheets in tab order. */
  readonly sheets: readonly { readonly name: string; readonly relationshipId: string }[];
  /** The relationship id each worksheet's `<drawing>` element names, by part name. */
  readonly drawingIds: ReadonlyMap<string, string>;
  /** The archive's part names. */
  readonly parts: PartNames;
}

/** The layout of the package whose entries are `names`, from what the guard saw of its parts. */
export function packageLayout(seen: PartsSeen, names: readonly string[]): PackageLayout {
  const parts = new PartNames(names);
  const relationships = seen.relationships.map((r) => ({ ...r, target: parts.resolve(r.target) ?? r.target }));
  return { relationships, sheets: seen.sheets, drawingIds: seen.drawingIds, parts };
}
