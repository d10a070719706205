/**
 * An analysis made in one JavaScript realm and read in another: a Web Worker analyses the plan
 * (`analysisParts`) and posts the parts; the page revives them and assembles the analysis
 * (`analysisOf`), which costs little, so the page never runs the engine's long pass itself.
 *
 * The parts are data: typed arrays, records, Maps and Sets, which the structured clone of
 * `postMessage` copies as they are, plus a few engine classes, whose clones arrive as plain
 * objects with their fields and are given their prototypes back here.
 *
 * Taking in one large message is one long task for the page (its whole clone is rebuilt at
 * once), so the parts travel as pieces (`partsInPieces`), one message each: the large tables'
 * columns one table a piece, the findings a slice a piece, and the rest in one piece, since the
 * objects it shares (the pairs' lookups are the links', the links' rows the data's, the
 * periods' layers the pairs' table) stay shared only within one message.
 */
import type { Finding } from "../model/findings";
import type { AnalysisParts } from "./analyze";
import { TableLayer } from "./figures/groupTable";
import { PairFigures } from "./figures/pairFigures";
import { RowLookup } from "./link/rowLookup";
import type { PlanData } from "./store";
import { IdDomain } from "./store/idDomain";
import { PairMarks } from "./store/pairMarks";

/** The tables of `PlanData` that grow with the plan's rows, each sent as a piece of its own. */
const LARGE_TABLES = ["tactics", "allocations", "claims", "outcomes"] as const;
type LargeTable = (typeof LARGE_TABLES)[number];

/** Findings per piece: some hundreds of kilobytes of clone. */
export const FINDINGS_PER_PIECE = 2_500;

/** One message's worth of the parts. */
export type AnalysisPiece =
  /** Everything but the large tables and the findings (the objects shared among parts). */
  | { readonly kind: "core"; readonly core: Omit<AnalysisParts, "data" | "findings"> & { readonly data: Omit<PlanData, LargeTable> } }
  | { readonly kind: "table"; readonly name: LargeTable; readonly columns: PlanData[LargeTable] }
  | { readonly kind: "findings"; readonly findings: readonly Finding[] };

/** The parts in pieces, in the order `assembledParts` takes them. */
export function partsInPieces(parts: AnalysisParts): AnalysisPiece[] {
  const { data, findings, ...rest } = parts;
  // The own-currency copies served the rules, which ran where the parts were made: not sent.
  const { tactics, allocations, claims, outcomes, own: _own, ...small } = data;
  const pieces: AnalysisPiece[] = [{ kind: "core", core: { ...rest, data: small } }];
  const large: Pick<PlanData, LargeTable> = { tactics, allocations, claims, outcomes };
  for (const name of LARGE_TABLES) pieces.push({ kind: "table", name, columns: large[name] });
  for (let from = 0; from < findings.length; from += FINDINGS_PER_PIECE) pieces.push({ kind: "findings", findings: findings.slice(from, from + FINDINGS_PER_PIECE) });
  return pieces;
}

/** The parts from the structured clones of their pieces, revived; throws when a piece is missing. */
export function assembledParts(pieces: readonly AnalysisPiece[]): AnalysisParts {
  let core: Extract<AnalysisPiece, { kind: "core" }>["core"] | undefined;
  const large: Partial<Pick<PlanData, LargeTable>> = {};
  const findings: Finding[] = [];
  for (const piece of pieces) {
    if (piece.kind === "core") core = piece.core;
    else if (piece.kind === "table") Object.assign(large, { [piece.name]: piece.columns });
    else for (const finding of piece.findings) findings.push(finding);
  }
  const missing = LARGE_TABLES.filter((name) => large[name] === undefined);
  if (!core || missing.length > 0) throw new Error(`The analysis arrived without ${core ? missing.join(", ") : "its core"}`);
  const data = { ...core.data, ...(large as Pick<PlanData, LargeTable>) };
  return revivedParts({ ...core, data, findings });
}

/** Parts that went through a structured clone, with their classes restored (in place). */
export function revivedParts(copy: AnalysisParts): AnalysisParts {
  const { ids } = copy.data;
  IdDomain.revived(ids.partners);
  IdDomain.revived(ids.initiatives);
  IdDomain.revived(ids.tactics);
  RowLookup.revived(copy.links.partners);
  RowLookup.revived(copy.links.initiatives);
  PairMarks.revived(copy.links.jointPairs);
  PairFigures.revived(copy.sums.pairs);
  copy.quarterSums.forEach(TableLayer.revived);
  return copy;
}
