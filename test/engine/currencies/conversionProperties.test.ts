/**
 * Converting and summing never loses a cent: the engine's figures against a reference made with
 * BigInt decimals from the rates' digits as written, one rounding per row, half away from zero.
 */
import fc from "fast-check";
import { analyze } from "../../../src/engine";
import { convertCents, decimalRate, toPlanRatio } from "../../../src/model/exchange";
import type { RowData } from "../../helpers/tables";
import { d, workbook } from "../../helpers/tables";
import { eurPlan, lumpSum } from "./currencyPlan";

/** round(cents x rate) half away from zero, with the rate given as decimal text ("1.0834"). */
function referenceConvert(cents: bigint, rateText: string): bigint {
  const [whole, fraction = ""] = rateText.split(".");
  const units = BigInt(whole + fraction);
  const scale = 10n ** BigInt(fraction.length);
  const negative = cents < 0n;
  const product = (negative ? -cents : cents) * units;
  let quotient = product / scale;
  if ((product % scale) * 2n >= scale) quotient += 1n;
  return negative ? -quotient : quotient;
}

/** A rate as decimal text: whole digits up to `max` and up to 8 decimals, never zero. */
const rateUpTo = (max: number) => fc
  .tuple(fc.integer({ min: 0, max }), fc.string({ unit: fc.constantFrom(..."0123456789".split("")), maxLength: 8 }))
  .map(([whole, fraction]) => (fraction === "" ? `${whole}` : `${whole}.${fraction}`))
  .filter((text) => Number(text) > 0);
const rateText = rateUpTo(999_999);
// Sums of up to 30 rows of 10^8 units at a rate under 10^4 stay below 2^53 cents (past it, V11).
const planRateText = rateUpTo(9_999);

test("one conversion equals the BigInt reference, or is refused (NaN) when the result passes 2^53", () => {
  fc.assert(
    fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), rateText, (cents, text) => {
      const rate = decimalRate(Number(text))!;
      const got = convertCents(cents, toPlanRatio(rate));
      const want = referenceConvert(BigInt(cents), text);
      if (want > BigInt(Number.MAX_SAFE_INTEGER) || -want > BigInt(Number.MAX_SAFE_INTEGER)) expect(got).toBeNaN();
      else expect(BigInt(got)).toBe(want);
    }),
    { numRuns: 2000 },
  );
});

test("a foreign partner's Authorized is the sum of its rows converted one by one, to the cent", () => {
  const days = ["2026-02-01", "2026-06-30", "2026-07-01", "2026-11-30"];
  const row = fc.record({ cents: fc.integer({ min: 1, max: 10_000_000_000 }), day: fc.constantFrom(...days) });
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), planRateText, planRateText, (rows, early, late) => {
      const plan = eurPlan(rows.map((r, k): RowData => lumpSum(`A${k}`, r.cents / 100, d(r.day))));
      plan.JmpRates = [
        { Currency: "EUR", Rate: Number(early), "Valid from": d("2026-01-01") },
        { Currency: "EUR", Rate: Number(late), "Valid from": d("2026-07-01") },
      ];
      const want = rows.reduce((sum, r) => sum + referenceConvert(BigInt(r.cents), r.day < "2026-07-01" ? early : late), 0n);
      const got = analyze(workbook(plan)).partners[0].figures.authorized;
      expect(BigInt(got)).toBe(want);
    }),
    { numRuns: 60 },
  );
});
