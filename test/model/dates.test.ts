/**
 * Calendar days without time zones: Excel serials, Date objects (read by their UTC fields) and
 * the date text people type all land on the same day, on any machine.
 */
import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { join } from "node:path";
import {
  dateFromDay,
  dayFromDate,
  dayFromParts,
  dayFromSerial,
  dayFromText,
  isoFromDay,
  MAX_EXCEL_SERIAL,
  serialFromDay,
} from "../../src/model/dates";

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe("isoFromDay", () => {
  test("agrees with Date on every day from year 0 to 9999, leap days and century years included", () => {
    const viaDate = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);
    for (const iso of ["2000-02-29", "1900-02-28", "1900-03-01", "2100-03-01", "2024-12-31", "0000-01-01", "9999-12-31"]) {
      expect(isoFromDay(day(iso))).toBe(iso);
    }
    fc.assert(fc.property(fc.integer({ min: day("0000-01-01"), max: day("9999-12-31") }), (d) => isoFromDay(d) === viaDate(d)), { numRuns: 20_000 });
  });

  test("leaves days outside years 0-9999 (no cell yields one) to Date", () => {
    const past = day("9999-12-31") + 1;
    expect(isoFromDay(past)).toBe(new Date(past * 86_400_000).toISOString().slice(0, 10));
  });
});

describe("Excel serials", () => {
  test("serial 46112 is 2026-03-31; the time of day is dropped", () => {
    expect(isoFromDay(dayFromSerial(46112))).toBe("2026-03-31");
    expect(isoFromDay(dayFromSerial(46112.999))).toBe("2026-03-31");
    expect(isoFromDay(dayFromSerial(25569))).toBe("1970-01-01");
    expect(isoFromDay(dayFromSerial(61))).toBe("1900-03-01");
    expect(isoFromDay(dayFromSerial(MAX_EXCEL_SERIAL))).toBe("9999-12-31");
  });

  test("serialFromDay is the inverse", () => {
    for (const iso of ["1900-03-01", "1970-01-01", "2026-02-28", "2028-02-29", "9999-12-31"]) {
      expect(dayFromSerial(serialFromDay(day(iso)))).toBe(day(iso));
    }
  });
});

describe("Date objects", () => {
  test("read by their UTC fields, as ExcelJS and Office.js carry a calendar day", () => {
    expect(dayFromDate(new Date(Date.UTC(2026, 2, 31)))).toBe(day("2026-03-31"));
    expect(dayFromDate(new Date(Date.UTC(2026, 2, 31, 23, 59, 59, 999)))).toBe(day("2026-03-31"));
    expect(dayFromDate(new Date(Date.UTC(1899, 11, 30)))).toBe(day("1899-12-30"));
  });

  test("an invalid Date has no day", () => {
    expect(dayFromDate(new Date("not a date"))).toBeUndefined();
    expect(dayFromDate(new Date(NaN))).toBeUndefined();
    // Beyond any calendar a workbook uses (and beyond what the engine's day columns hold exactly).
    expect(dayFromDate(new Date(8.64e15))).toBeUndefined();
    expect(dayFromDate(new Date(-8.64e15))).toBeUndefined();
  });

  test("dateFromDay gives UTC midnight", () => {
    expect(dateFromDay(day("2026-03-31")).toISOString()).toBe("2026-03-31T00:00:00.000Z");
  });
});

describe("date text", () => {
  test.each([
    ["2026-03-31", "2026-03-31"],
    ["2026-3-1", "2026-03-01"],
    [" 2026-03-31 ", "2026-03-31"],
    ["2026-03-31T23:59:59+05:00", "2026-03-31"],
    ["2026-03-31 08:15", "2026-03-31"],
    ["2026-03-31T00:00:00Z", "2026-03-31"],
    ["31 Mar 2026", "2026-03-31"],
    ["31 March 2026", "2026-03-31"],
    ["31-Mar-2026", "2026-03-31"],
    // Excel's own short date (d-mmm-yy), as a partner's copy and paste leaves it in a text cell.
    ["31-Dec-26", "2026-12-31"],
    ["1-Jan-99", "1999-01-01"],
    ["Mar 31, 2026", "2026-03-31"],
    ["March 31 2026", "2026-03-31"],
    ["Sept 3, 2026", "2026-09-03"],
    // Month names in the languages of the plan's number formats, as partners write them.
    ["1. Juli 2026", "2026-07-01"],
    ["3. März 2026", "2026-03-03"],
    ["1er juillet 2026", "2026-07-01"],
    ["15 décembre 2026", "2026-12-15"],
    ["1 août 2026", "2026-08-01"],
    ["3 mayo 2026", "2026-05-03"],
    ["12 maart 2026", "2026-03-12"],
    ["July 1st, 2026", "2026-07-01"],
    ["3/31/2026", "2026-03-31"],
    ["31/3/2026", "2026-03-31"],
    ["31.03.2026", "2026-03-31"],
    // Both parts up to 12: month first, as Excel's en-US locale reads it.
    ["3/4/2026", "2026-03-04"],
    ["2028-02-29", "2028-02-29"],
  ])("%p is %s", (text, iso) => {
    const d = dayFromText(text);
    expect(d === undefined ? undefined : isoFromDay(d)).toBe(iso);
  });

  test.each([
    "2026-02-30",
    "2026-02-29",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "13/13/2026",
    "0/1/2026",
    "31 Foo 2026",
    // The first letters of no month, or of two ("Ju": June or July).
    "1 Ju 2026",
    "1 Julyy 2026",
    "32 Mar 2026",
    "Mar 0, 2026",
    "1899-12-31",
    "tomorrow",
    "",
    "2026",
    "31/03/2",
    "31/03/026",
    "31.03.20266",
  ])("%p is not a date", (text) => {
    expect(dayFromText(text)).toBeUndefined();
  });

  test("a two-digit year is read as Excel reads it: 00-29 this century, 30-99 the last", () => {
    const iso = (text: string, dayFirst = false) => {
      const day = dayFromText(text, dayFirst);
      return day === undefined ? undefined : new Date(day * 86_400_000).toISOString().slice(0, 10);
    };
    expect(iso("31.03.26")).toBe("2026-03-31");
    expect(iso("31/03/26")).toBe("2026-03-31");
    expect(iso("3/31/29")).toBe("2029-03-31");
    expect(iso("01.02.30")).toBe("1930-02-01");
    expect(iso("03/04/26", true)).toBe("2026-04-03");
    expect(iso("03/04/26")).toBe("2026-03-04");
    expect(iso("31.02.26")).toBeUndefined();
  });
});

describe("dayFromParts", () => {
  test("checks that the day exists", () => {
    expect(dayFromParts(2026, 3, 31)).toBe(day("2026-03-31"));
    expect(dayFromParts(2024, 2, 29)).toBe(day("2024-02-29"));
    expect(dayFromParts(2100, 2, 29)).toBeUndefined();
    expect(dayFromParts(2026, 2, 30)).toBeUndefined();
    expect(dayFromParts(2026, 1.5, 3)).toBeUndefined();
  });
});

describe("no time-zone drift", () => {
  // Jest gives each suite its own process.env, so the zones are tried in a child process.
  const probe = join(__dirname, "timeZoneProbe.ts");
  const output = execFileSync(process.execPath, ["--import", "tsx", probe], { encoding: "utf8", cwd: join(__dirname, "..", "..") });
  const results = JSON.parse(output) as Record<string, { offsetMinutes: number; read: string[]; asOf: string; dateDay: string; today: string }>;

  test("the probe really ran in zones on both sides of UTC", () => {
    expect(results["Pacific/Kiritimati"].offsetMinutes).toBe(-840);
    expect(results["America/Los_Angeles"].offsetMinutes).toBe(420);
  });

  test.each(["UTC", "Pacific/Kiritimati", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Pago_Pago"])(
    "in %s a Date, a serial and date text of 2026-03-31 are all read as 2026-03-31",
    (zone) => {
      const r = results[zone];
      expect(r.read).toEqual(["2026-03-31", "2026-03-31", "2026-03-31", "2026-03-31"]);
      // 23:30 UTC is already April 1st in Kiritimati, but a Date cell carries its day in UTC.
      expect([r.asOf, r.dateDay]).toEqual(["2026-03-31", "2026-03-31"]);
    },
  );

  test("only today() follows the local calendar, which is what a blank As of means", () => {
    expect(results["Pacific/Kiritimati"].today).toBe("2026-04-01");
    expect(results["Asia/Kolkata"].today).toBe("2026-04-01");
    expect(results["America/Los_Angeles"].today).toBe("2026-03-31");
    expect(results.UTC.today).toBe("2026-03-31");
  });
});

describe("dotted dates", () => {
  test.each([
    ["1.3.2026", "2026-03-01"],
    ["31.12.2026", "2026-12-31"],
  ])("%s is read day first as %s", (text, iso) => {
    expect(isoFromDay(dayFromText(text) as number)).toBe(iso);
  });
});
