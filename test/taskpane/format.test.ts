import { currency } from "../../src/model/money";
import { cellText, count, day, money, NO_VALUE, percent, plural } from "../../src/taskpane/format";

describe("pane formats", () => {
  test("money in the plan currency, undefined as a dash", () => {
    expect(money(123456, currency("USD"))).toBe("$1,234.56");
    expect(money(123456, currency("EUR"))).toBe("€1,234.56");
    expect(money(-50, currency("USD"))).toBe("-$0.50");
    expect(money(null, currency("USD"))).toBe(NO_VALUE);
    expect(NO_VALUE).toBe("—");
  });

  test("ratios as percents with at most one decimal, undefined as a dash", () => {
    expect(percent(0.755)).toBe("75.5%");
    expect(percent(1)).toBe("100%");
    expect(percent(6.766711)).toBe("676.7%");
    expect(percent(-1)).toBe("-100%");
    expect(percent(null)).toBe(NO_VALUE);
    expect(percent(Number.NaN)).toBe(NO_VALUE);
  });

  test("counts, days and plurals", () => {
    expect(count(12345)).toBe("12,345");
    expect(count(null)).toBe(NO_VALUE);
    expect(day(20787)).toBe("2026-11-30");
    expect(day(undefined)).toBe(NO_VALUE);
    expect(plural(1, "error")).toBe("1 error");
    expect(plural(2, "error")).toBe("2 errors");
    expect(plural(0, "day")).toBe("0 days");
  });

  test("raw cells as the user typed them", () => {
    expect(cellText(new Date(Date.UTC(2026, 2, 31)))).toBe("2026-03-31");
    expect(cellText({ error: "#N/A" })).toBe("#N/A");
    expect(cellText(null)).toBe(NO_VALUE);
    expect(cellText("  ")).toBe(NO_VALUE);
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(1250.5)).toBe("1250.5");
    expect(cellText("$1,250.00")).toBe("$1,250.00");
  });
});
