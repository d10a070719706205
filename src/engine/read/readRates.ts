/**
 * Reads the Rates table (template version 3): one row per currency and day a rate comes into
 * force. A row whose currency is not an ISO 4217 code (V05) or whose rate is not a positive
 * number is left out; a second row for the same currency and day is V08 and left out too.
 */
import { isoFromDay } from "../../model/dates";
import { decimalRate } from "../../model/exchange";
import type { ExchangeRate, Maybe } from "../../model/plan";
import { requireTableSpec } from "../../model/schema";
import { CellReader } from "./cellReader";
import type { FindingSink } from "../findings/findingSink";
import type { ReadContext } from "./readContext";
import type { FoundTable } from "./readActivity";
import { scanRows } from "./rowScan";

const SPEC = requireTableSpec("JmpRates");

/** The readable rows of the Rates table (none when the workbook lacks it). */
export function readRates(found: Maybe<FoundTable>, sink: FindingSink, context: ReadContext): ExchangeRate[] {
  if (!found) return [];
  const reader = new CellReader(SPEC, sink, context);
  const slots = found.slots;
  const out: ExchangeRate[] = [];
  const seen = new Map<string, number>();
  scanRows(found.raw, slots, (cells, row) => {
    reader.begin(cells, row);
    const currency = reader.currencyCode(slots.currency, "the row is not used");
    const value = reader.number(slots.rate);
    const validFrom = reader.date(slots.validFrom);
    const rate = value === undefined ? undefined : decimalRate(value);
    if (currency === "" || rate === undefined) return;
    const key = `${currency}|${validFrom ?? ""}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const from = validFrom === undefined ? "from the start" : `from ${isoFromDay(validFrom)}`;
      reader.report("V08", slots.validFrom, `${currency} already has a rate ${from} on row ${first}; this row is not used`);
      return;
    }
    seen.set(key, row);
    out.push({ row, currency, rate, validFrom });
  });
  return out;
}
