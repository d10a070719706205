/**
 * Where the focus goes after Save row in the Check list: the saved row's form closes as the plan
 * is checked again (and its finding often goes), so focus would fall to the page. As accessible
 * list-editing UIs do, it moves on in the list as shown: to the saved finding if it is still
 * there, else to the finding that followed it, else to the one now in its place (the last, if
 * the list got shorter); with none left, to the line that says so.
 */
import type { Finding } from "../../model/findings";

/** A finding told apart from the others across two checks (the objects are new each check). */
export function findingMark(f: Finding): string {
  return JSON.stringify([f.code, f.table, f.row, f.column, f.cell, f.message]);
}

/** The shown list around the finding saved, taken before the save. */
export interface SavedPlace {
  readonly saved: string;
  /** The finding shown after it, if any. */
  readonly next: string | undefined;
  /** Its position in the list shown. */
  readonly index: number;
}

/** The place of `finding` in the list `shown` (in the order shown). */
export function savedPlace(shown: readonly Finding[], finding: Finding): SavedPlace {
  const index = shown.indexOf(finding);
  const next = index >= 0 ? shown[index + 1] : undefined;
  return { saved: findingMark(finding), next: next ? findingMark(next) : undefined, index: Math.max(0, index) };
}

/** The position in the new list `shown` to focus after the save, or undefined when it is empty. */
export function placeAfterSave(shown: readonly Finding[], place: SavedPlace): number | undefined {
  if (shown.length === 0) return undefined;
  const marks = shown.map(findingMark);
  const same = marks.indexOf(place.saved);
  if (same >= 0) return same;
  const next = place.next === undefined ? -1 : marks.indexOf(place.next);
  if (next >= 0) return next;
  return Math.min(place.index, shown.length - 1);
}
