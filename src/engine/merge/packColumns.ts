/**
 * The columns of a pack table against the template's: a column the pack lacks (deleted, or its
 * header renamed) leaves every value the partner typed under it unread, and a header the plan
 * does not know is a column whose values go nowhere. Either would drop a partner's data in
 * silence, so each is listed as refused, on every merge (see `withoutLoggedRefusals`).
 */
import type { RawTable } from "../../model/rawTable";
import { normalizeHeader } from "../../model/schema";
import type { TableSpec } from "../../model/schema";
import type { RefusedEntry } from "./mergeTypes";
import { headerReference } from "./packPlaces";
import { REASONS } from "./reasons";

/**
 * What of a pack table's columns is not read: each template column it lacks, each header no
 * template column has and each template header given twice (the first is read). `raw`
 * undefined: the pack has no such table, one entry says so. A pack holds every template column
 * of its partner tables (makePack), so any gap is the partner's doing.
 */
export function packColumnProblems(spec: TableSpec, raw: RawTable | undefined): RefusedEntry[] {
  // A header the pack holds is named with its cell; a column the pack lacks has none.
  const entry = (reason: string, column?: string, index?: number): RefusedEntry => ({
    table: spec.name,
    id: "",
    column,
    reason,
    wholeColumn: true,
    ...(raw && index !== undefined ? { packRef: headerReference(raw, index) } : {}),
  });
  if (!raw) return [entry(REASONS.noPackTable(spec))];
  const known = new Map(spec.columns.map((c) => [normalizeHeader(c.header), c.header]));
  const seen = new Set<string>();
  const others: RefusedEntry[] = [];
  for (const [index, header] of raw.headers.entries()) {
    const key = normalizeHeader(header);
    if (key === "") continue;
    const column = known.get(key);
    if (column === undefined) others.push(entry(REASONS.unknownPackColumn(String(header).trim()), String(header).trim(), index));
    else if (seen.has(key)) others.push(entry(REASONS.repeatedPackColumn(column), column, index));
    seen.add(key);
  }
  const missing = spec.columns.filter((c) => !seen.has(normalizeHeader(c.header))).map((c) => entry(REASONS.missingPackColumn(c.header), c.header));
  return [...missing, ...others];
}
