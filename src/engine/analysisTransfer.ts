/**
 * An analysis made in one JavaScript realm and read in another: a Web Worker analyses the plan
 * (`analysisParts`) and posts the parts; the page revives them and assembles the analysis
 * (`analysisOf`), which costs little, so the page never runs the engine's long pass itself.
 *
 * The parts are data: typed arrays, records, Maps and Sets, which the structured clone of
 * `postMessage` copies as they are, plus a few engine classes, whose clones arrive as plain
 * objects with their fields and are given their prototypes back here. Everything is posted in
 * one message, so objects the parts share (the pairs' lookups are the links') stay shared.
 */
import type { AnalysisParts } from "./analyze";
import { TableLayer } from "./figures/groupTable";
import { PairFigures } from "./figures/pairFigures";
import { RowLookup } from "./link/rowLookup";
import { IdDomain } from "./store/idDomain";
import { PairMarks } from "./store/pairMarks";

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
