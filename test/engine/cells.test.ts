/**
 * Reading cell values the way Excel users mean them (SPEC section 3): numeric text, the object
 * shapes hosts deliver, and each typed reader with the finding it files when it cannot read.
 */
import { CellReader } from "../../src/engine/read/cellReader";
import type { Slot } from "../../src/engine/read/cellReader";
import fc from "fast-check";
import { plainIdText, plainText } from "../../src/engine/read/cellReader";
import { isBlank, isErrorLiteral, plainOf } from "../../src/engine/read/cellValue";
import { FindingSink } from "../../src/engine/findings/findingSink";
import { numericTextValue, parseNumericText } from "../../src/engine/read/numericText";
import { requireTableSpec } from "../../src/model/schema";

describe("numeric text", () => {
  test.each([
    ["1,200.50", 1200.5],
    ["1200.5", 1200.5],
    ["$1,200", 1200],
    ["1,200 €", 1200],
    ["£ 7", 7],
    ["USD 75", 75],
    ["75 EUR", 75],
    ["EUR1,000.00", 1000],
    ["(300)", -300],
    // Excel's accounting format, the symbol outside the brackets.
    ["$ (500.00)", -500],
    ["($500.00)", -500],
    ["(500.00) $", -500],
    ["USD (75)", -75],
    ["-12.5", -12.5],
    ["+12.5", 12.5],
    ["$-12", -12],
    ["-$12", -12],
    ["50%", 0.5],
    ["12.5 %", 0.125],
    [".5", 0.5],
    ["5.", 5],
    ["1 200", 1200],
    ["1\u00a0200,00".replace(",", "."), 1200],
    ["1e3", 1000],
    ["  42  ", 42],
  ])("%p reads as %p", (text, value) => {
    const parsed = parseNumericText(text);
    expect(parsed && numericTextValue(parsed)).toBe(value);
  });

  test.each(["", "   ", "-", "$", "%", "abc", "1,20", "1,2000", "1.2.3", "12abc", "abc12", "Net 30", "Mar 31", "30 days", "N/A", "1e400", "--", "$ ()", "((500))", "($ (500))"])(
    "%p is not a number",
    (text) => {
      const parsed = parseNumericText(text);
      expect(parsed === undefined || !Number.isFinite(numericTextValue(parsed))).toBe(true);
    },
  );

  test.each([
    ["US$ 100", "US$"],
    ["C$1,234.50", "C$"],
    ["1,234.50 A$", "A$"],
    ["NZ$-2", "NZ$"],
    ["$5", "$"],
  ])("%p names the currency mark %p (a dollar written apart is one mark)", (text, mark) => {
    expect(parseNumericText(text)?.currencyMark).toBe(mark);
  });

  test("digits are kept as text so money can be converted exactly", () => {
    expect(parseNumericText("1,200.505")).toEqual({ negative: false, integer: "1200", fraction: "505", percent: false, currencyMark: "" });
    expect(parseNumericText("(0.125)")).toEqual({ negative: true, integer: "0", fraction: "125", percent: false, currencyMark: "" });
  });
});

describe("cell value shapes", () => {
  test("blank: nothing, null, empty or spaces", () => {
    for (const v of [undefined, null, "", "   ", "\t", { richText: [] }, { formula: "A1", result: "" }, { formula: "A1" }]) {
      expect(isBlank(v)).toBe(true);
      expect(plainOf(v).kind).toBe("blank");
    }
    for (const v of [0, false, "0", new Date(0), "#N/A"]) expect(isBlank(v)).toBe(false);
  });

  test("plain text cells read as their trimmed text, Unicode spaces included", () => {
    const spaces = ["\u00a0", "\u2003", "\ufeff", " ", "\t"];
    const text = fc.array(fc.oneof(fc.constantFrom(...spaces), fc.string({ maxLength: 3 }), fc.string({ unit: "grapheme", maxLength: 2 })), { maxLength: 5 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        const trimmed = t.trim();
        expect(plainText(t)).toBe(isErrorLiteral(t) || trimmed === "" ? undefined : trimmed);
        expect(plainIdText(t)).toBe(t.startsWith("#") || trimmed === "" ? undefined : trimmed);
      }),
    );
  });

  test("text is blank exactly when trimming leaves nothing, Unicode spaces included", () => {
    const spaces = ["\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028", " ", "\n"];
    expect(isBlank(spaces.join(""))).toBe(true);
    const text = fc.array(fc.oneof(fc.constantFrom(...spaces), fc.string({ maxLength: 2 }), fc.string({ unit: "grapheme", maxLength: 2 })), { maxLength: 6 }).map((parts) => parts.join(""));
    fc.assert(fc.property(text, (t) => isBlank(t) === (t.trim() === "")));
  });

  test("errors: Excel error text and ExcelJS error objects, also as formula results", () => {
    expect(["#N/A", "#div/0!", "#REF! ", "#VALUE!"].every(isErrorLiteral)).toBe(true);
    expect(["#", "#1", "#hashtag", "N/A"].some(isErrorLiteral)).toBe(false);
    expect(plainOf({ error: "#N/A" })).toEqual({ kind: "error", error: "#N/A" });
    expect(plainOf({ formula: "1/0", result: { error: "#DIV/0!" } })).toEqual({ kind: "error", error: "#DIV/0!" });
    expect(plainOf("#name?")).toEqual({ kind: "error", error: "#NAME?" });
  });

  test("formulas, rich text and hyperlinks give the value they show", () => {
    expect(plainOf({ formula: "B2*2", result: 42 })).toEqual({ kind: "value", value: 42 });
    expect(plainOf({ sharedFormula: "B2", result: "x" })).toEqual({ kind: "value", value: "x" });
    expect(plainOf({ richText: [{ text: "Nor" }, { text: "thwind" }] })).toEqual({ kind: "value", value: "Northwind" });
    expect(plainOf({ text: "P-01", hyperlink: "#Partners!A2" })).toEqual({ kind: "value", value: "P-01" });
  });

  test("anything else is unreadable, never trusted", () => {
    for (const v of [{}, [], [1, 2], { error: 5 }, Object.create(null), new Map(), () => 1, Symbol("s"), 10n]) {
      expect(plainOf(v).kind).toBe("unreadable");
    }
    let nested: unknown = 1;
    for (let i = 0; i < 20; i++) nested = { formula: "x", result: nested };
    expect(plainOf(nested).kind).toBe("unreadable");
  });
});

/** Reads one cell of a column of JmpTactics (or JmpPartners) and returns the value and finding codes. */
function readCell<T>(columnKey: string, cell: unknown, read: (r: CellReader, slot: Slot) => T, table: "JmpTactics" | "JmpPartners" = "JmpTactics") {
  const spec = requireTableSpec(table);
  const column = spec.columns.find((c) => c.key === columnKey);
  if (!column) throw new Error(`no column ${columnKey}`);
  const sink = new FindingSink(new Map());
  const reader = new CellReader(spec, sink);
  reader.begin([cell], 2);
  const value = read(reader, { spec: column, index: 0 });
  return { value, codes: sink.findings.map((f) => f.code) };
}

describe("typed readers", () => {
  const money = (cell: unknown) => readCell("totalCost", cell, (r, s) => r.money(s));
  const date = (cell: unknown) => readCell("start", cell, (r, s) => r.date(s));
  const id = (cell: unknown) => readCell("tacticId", cell, (r, s) => r.id(s));
  const percent = (cell: unknown) => readCell("maxMdfShare", cell, (r, s) => r.percent(s), "JmpPartners");
  const yesNo = (cell: unknown) => readCell("active", cell, (r, s) => r.yesNo(s, true), "JmpPartners");
  const status = (cell: unknown) => readCell("status", cell, (r, s) => r.enumValue(s));
  const text = (cell: unknown) => readCell("description", cell, (r, s) => r.text(s));

  test("money: numbers, numeric text (V09), errors (V07), blanks (V01), nonsense (V02), negatives (V04)", () => {
    expect(money(1200.505)).toEqual({ value: 120_051, codes: [] });
    expect(money("1,200.505")).toEqual({ value: 120_051, codes: ["V09"] });
    expect(money({ formula: "A1", result: 3 })).toEqual({ value: 300, codes: [] });
    expect(money("#N/A")).toEqual({ value: undefined, codes: ["V07"] });
    expect(money({ error: "#REF!" })).toEqual({ value: undefined, codes: ["V07"] });
    expect(money("  ")).toEqual({ value: undefined, codes: ["V01"] });
    expect(money("lots")).toEqual({ value: undefined, codes: ["V02"] });
    expect(money(NaN)).toEqual({ value: undefined, codes: ["V02"] });
    expect(money(Infinity)).toEqual({ value: undefined, codes: ["V02"] });
    expect(money(true)).toEqual({ value: undefined, codes: ["V02"] });
    expect(money(new Date(0))).toEqual({ value: undefined, codes: ["V02"] });
    expect(money(-5)).toEqual({ value: undefined, codes: ["V04"] });
    // An accounting negative is a negative however its symbol sits, not text that is no number.
    expect(["(5.00)", "$ (5.00)", "(5.00) $"].map(money)).toEqual(Array(3).fill(money("-5.00")));
    expect(money(-0)).toEqual({ value: 0, codes: [] });
  });

  test("dates: serials, Dates, date text (V09), invalid dates (V03)", () => {
    const march31 = Date.UTC(2026, 2, 31) / 86_400_000;
    expect(date(46112)).toEqual({ value: march31, codes: [] });
    expect(date(new Date(Date.UTC(2026, 2, 31)))).toEqual({ value: march31, codes: [] });
    expect(date("31 Mar 2026")).toEqual({ value: march31, codes: ["V09"] });
    expect(date("Mar 31, 2026")).toEqual({ value: march31, codes: ["V09"] });
    expect(date("3/31/2026")).toEqual({ value: march31, codes: ["V09"] });
    expect(date("31/3/2026")).toEqual({ value: march31, codes: ["V09"] });
    expect(date("46112")).toEqual({ value: march31, codes: ["V09"] });
    expect(date("2026-02-30")).toEqual({ value: undefined, codes: ["V03"] });
    expect(date(new Date("nope"))).toEqual({ value: undefined, codes: ["V03"] });
    expect(date(0)).toEqual({ value: undefined, codes: ["V03"] });
    expect(date(-0)).toEqual({ value: undefined, codes: ["V03"] });
    expect(date(3e6)).toEqual({ value: undefined, codes: ["V03"] });
    expect(date(true)).toEqual({ value: undefined, codes: ["V03"] });
  });

  test("IDs: text trimmed with a case-free key; whole numbers as text; booleans refused", () => {
    expect(id("  t-01 ")).toEqual({ value: { text: "t-01", key: "T-01" }, codes: [] });
    expect(id(1001)).toEqual({ value: { text: "1001", key: "1001" }, codes: [] });
    expect(id("__proto__")).toEqual({ value: { text: "__proto__", key: "__PROTO__" }, codes: [] });
    expect(id({ richText: [{ text: "T-" }, { text: "02" }] })).toEqual({ value: { text: "T-02", key: "T-02" }, codes: [] });
    expect(id(true)).toEqual({ value: undefined, codes: ["V05"] });
    expect(id(NaN)).toEqual({ value: undefined, codes: ["V05"] });
    expect(id("#N/A")).toEqual({ value: undefined, codes: ["V07"] });
    expect(id("")).toEqual({ value: undefined, codes: ["V01"] });
  });

  test("percent: Excel fractions, typed points and percent text", () => {
    expect(percent(0.5)).toEqual({ value: { fraction: 0.5, basisPoints: 5000 }, codes: [] });
    expect(percent(40)).toEqual({ value: { fraction: 0.4, basisPoints: 4000 }, codes: [] });
    expect(percent("35%")).toEqual({ value: { fraction: 0.35, basisPoints: 3500 }, codes: ["V09"] });
    expect(percent(1)).toEqual({ value: { fraction: 1, basisPoints: 10_000 }, codes: [] });
    expect(percent(150)).toEqual({ value: undefined, codes: ["V06"] });
    expect(percent(-0.1)).toEqual({ value: undefined, codes: ["V06"] });
    expect(percent(NaN)).toEqual({ value: undefined, codes: ["V02"] });
  });

  test("yes/no: booleans, words and 1/0; blank is the default", () => {
    expect([true, "Yes", " y ", "TRUE", 1, "x"].map((v) => yesNo(v).value)).toEqual([true, true, true, true, true, true]);
    expect([false, "No", "n", "FALSE", 0].map((v) => yesNo(v).value)).toEqual([false, false, false, false, false]);
    expect(yesNo(undefined)).toEqual({ value: true, codes: [] });
    expect(yesNo("maybe")).toEqual({ value: true, codes: ["V05"] });
  });

  test("enums match case-insensitively and give the canonical value", () => {
    expect(status(" approved ")).toEqual({ value: "Approved", codes: [] });
    expect(status("Aproved")).toEqual({ value: undefined, codes: ["V05"] });
    expect(readCell("tacticType", "digital   CAMPAIGN", (r, s) => r.enumValue(s)).value).toBe("Digital campaign");
    expect(status("constructor")).toEqual({ value: undefined, codes: ["V05"] });
  });

  test("text: numbers and dates shown as Excel would; error text is an error", () => {
    expect(text("  Spring event ")).toEqual({ value: "Spring event", codes: [] });
    expect(text(12.5)).toEqual({ value: "12.5", codes: [] });
    expect(text(new Date(Date.UTC(2026, 2, 31)))).toEqual({ value: "2026-03-31", codes: [] });
    expect(text("#N/A")).toEqual({ value: "", codes: ["V07"] });
    expect(text({})).toEqual({ value: "", codes: ["V05"] });
  });
});
