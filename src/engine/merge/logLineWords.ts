/**
 * How the merge log words a line's Old and New, as the merge preview worded them: an amount as
 * money in its currency, an outcome's Value as money when its Metric is Revenue or Pipeline and a
 * count otherwise, from the Metric the line itself records (`LogLine.metric`), so that showing
 * the log never reads the plan's outcomes.
 */
import { idKey } from "../../model/ids";
import { normalizeHeader } from "../../model/schema";
import { metricColumns } from "./mergeLog";
import type { LogLine } from "./mergeLog";
import { packValueWords } from "./packValueWords";
import type { PackCurrencies, ValueWords } from "./packValueWords";

/**
 * The log's lines, each line of an outcome's Value logged before the log kept its Metric given
 * the Metric that the log's own earlier applied lines last gave the outcome: the Metric cell of
 * the row a merge added, or a Metric a merge changed. Such a line whose outcome the log never
 * names a Metric for keeps none, and its Value reads as a plain number with its thousands
 * grouped, as the log showed it before: the plan's outcomes are not read to guess it (a plan
 * holds up to 200,000, each made a record when read), and a Value worded as money that is a
 * count would say more than the log knows.
 */
export function knownMetrics(lines: readonly LogLine[]): LogLine[] {
  const last = new Map<string, string>();
  return lines.map((line) => {
    const columns = metricColumns(line.table);
    if (!columns) return line;
    const key = JSON.stringify([idKey(line.table), idKey(line.id)]);
    const column = normalizeHeader(line.column);
    if (line.result === "applied" && column === normalizeHeader(columns.metric)) last.set(key, line.new === null ? "" : String(line.new));
    if (line.metric !== undefined) {
      if (line.result === "applied") last.set(key, line.metric);
      return line;
    }
    const metric = column === normalizeHeader(columns.decided) ? last.get(key) : undefined;
    return metric === undefined || metric === "" ? line : { ...line, metric };
  });
}

/** The words for a line's Old and New, its amounts in `currencies` (the partner's: that of the line's pack partner). */
export function logValueWords(line: LogLine, currencies: PackCurrencies, plain: ValueWords): ValueWords {
  const columns = metricColumns(line.table);
  const cells = columns && line.metric !== undefined ? { [columns.metric]: line.metric } : {};
  return packValueWords(line.table, line.column, currencies, plain, cells);
}
