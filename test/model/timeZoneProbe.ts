/**
 * Run as a script in a child process (Jest gives each suite its own copy of process.env, so TZ
 * cannot be changed inside a test). For each time zone it prints, as one JSON line, the days the
 * engine reads from the same calendar day given as a Date, a serial and text, and today().
 */
import { analyze } from "../../src/engine";
import { dayFromDate, isoFromDay, today } from "../../src/model/dates";
import { PLAN_SETTINGS, workbook } from "../helpers/tables";

const ZONES = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Pago_Pago"];
const LATE_EVENING_UTC = new Date(Date.UTC(2026, 2, 31, 23, 30));

const results: Record<string, unknown> = {};
for (const zone of ZONES) {
  process.env.TZ = zone;
  const analysis = analyze(
    workbook(
      {
        JmpTactics: [
          // A Date at UTC midnight (ExcelJS), a serial (Office.js values), ISO text with an offset.
          { "Tactic ID": "T1", Start: new Date(Date.UTC(2026, 2, 31)), End: 46112 },
          { "Tactic ID": "T2", Start: "2026-03-31T23:30:00-10:00", End: "31 Mar 2026" },
        ],
      },
      { ...PLAN_SETTINGS, "As of": LATE_EVENING_UTC },
    ),
  );
  const iso = (day: number | undefined) => (day === undefined ? null : isoFromDay(day));
  results[zone] = {
    offsetMinutes: LATE_EVENING_UTC.getTimezoneOffset(),
    read: analysis.plan.tactics.flatMap((t) => [iso(t.start), iso(t.end)]),
    asOf: iso(analysis.plan.settings.asOf),
    dateDay: iso(dayFromDate(LATE_EVENING_UTC)),
    today: iso(today(LATE_EVENING_UTC)),
  };
}
process.stdout.write(`${JSON.stringify(results)}\n`);
