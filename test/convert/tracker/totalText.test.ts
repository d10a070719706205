/**
 * Reconciled totals as the CLI and the pane show them: in the plan currency's convention, and a
 * difference between totals that do not match never shown as "0".
 */
import { differenceText, totalText } from "../../../src/workbook/convert/tracker";

test("money takes the plan currency's decimals, counts up to two", () => {
  expect(totalText(2400.1, "money", "USD")).toBe("2,400.10");
  expect(totalText(350_000.4, "money", "JPY")).toBe("350,000");
  expect(totalText(1247.5, "count", "USD")).toBe("1,247.5");
});

test("a difference smaller than the convention shows says so instead of 0", () => {
  expect(differenceText(0.4, "money", "JPY")).toBe("less than 1");
  expect(differenceText(-0.004, "money", "USD")).toBe("less than 0.01");
  expect(differenceText(-1001, "money", "USD")).toBe("1,001.00");
  expect(differenceText(0.001, "count", "USD")).toBe("less than 0.01");
});
