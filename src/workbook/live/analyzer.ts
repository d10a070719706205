/**
 * The engine's `analyze` for a host that analyses the same plan again and again (the live plan,
 * the task pane): the work memory its analyses read the large tables with is its own, kept
 * between calls and let go with it (see `AnalyzeOptions.work`).
 */
import { analyze, WorkArrays } from "../../engine";
import type { Analysis } from "../../engine";
import type { RawTable } from "../../model/rawTable";

/** A function analysing tables with work memory of its own, reused from one call to the next. */
export function analyzerKeepingWork(): (tables: readonly RawTable[]) => Analysis {
  const work = new WorkArrays();
  return (tables) => analyze(tables, { work });
}
