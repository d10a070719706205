/**
 * A percent is never shown as exactly 0, 100 or -100 % unless the ratio is that: a coverage a
 * hair short of full sits beside an "under-funded" finding, and must not read as full.
 */
import fc from "fast-check";
import { shownPercent } from "../../src/model/shownPercent";
import { displayValue } from "../../src/cli/report/display";
import { percent } from "../../src/taskpane/format";
import { currency } from "../../src/model/money";

test("rounded as usual, but a ratio just off 1 shows one step off 100", () => {
  expect(shownPercent(0.755, 1)).toBe(75.5);
  expect(shownPercent(1, 0)).toBe(100);
  expect(shownPercent(0.9999996, 0)).toBe(99);
  expect(shownPercent(0.9999996, 1)).toBe(99.9);
  expect(shownPercent(1.0000004, 1)).toBe(100.1);
  expect(shownPercent(0.994, 0)).toBe(99);
  expect(shownPercent(0.996, 0)).toBe(99);
  expect(shownPercent(1.004, 0)).toBe(101);
  expect(shownPercent(0, 0)).toBe(0);
  expect(shownPercent(0.004, 0)).toBe(1);
  expect(shownPercent(-0.00001, 1)).toBe(-0.1);
  expect(shownPercent(-1, 0)).toBe(-100);
  expect(shownPercent(-0.999, 0)).toBe(-99);
  expect(shownPercent(-1.001, 1)).toBe(-100.1);
});

test("in the terminal, the HTML report and the pane: $9,999.99 of $10,000 is not 100 %", () => {
  const ratio = 999999 / 1000000;
  expect(displayValue(ratio, "percent", currency("USD"))).toBe("99%");
  expect(percent(ratio)).toBe("99.9%");
  expect(percent(1)).toBe("100%");
});

test("only a ratio of exactly 0, 1 or -1 shows 0, 100 or -100, and no ratio moves by more than one step", () => {
  const near = (at: number) => fc.double({ min: at - 0.1, max: at + 0.1, noNaN: true });
  fc.assert(
    fc.property(fc.oneof(near(0), near(1), near(-1)), fc.integer({ min: 0, max: 2 }), (ratio, decimals) => {
      const shown = shownPercent(ratio, decimals);
      if (shown === 100) expect(ratio).toBe(1);
      if (shown === -100) expect(ratio).toBe(-1);
      if (shown === 0) expect(ratio === 0).toBe(true);
      expect(Math.abs(shown - ratio * 100)).toBeLessThanOrEqual(10 ** -decimals + 1e-9);
    }),
  );
});
