/**
 * The plan's own Settings as an import sees them. A setting the user chose is theirs and the
 * import keeps it: in a plan with rows, every one set; in a plan without rows yet (made with
 * `jmp init`, the pane's Create the template or New plan), every one set to something other
 * than the template's default (Currency USD, a Period of one whole calendar year), since those
 * defaults were written for the user, not by them. Only the others take what the tracker says:
 * its currency, the years its activities span. Where the tracker disagrees with a kept setting
 * (amounts naming another currency, activities outside the plan's period), that is listed for
 * review with its rows; where it fills the template's defaults, a note says so.
 */
import { dateFromDay, dayFromParts, isoFromDay } from "../../../model/dates";
import type { Day } from "../../../model/dates";
import { normalizeHeader, SETTINGS } from "../../../model/schema";
import type { ExistingPlan } from "./existingPlan";
import type { ImportRow, ReviewItem } from "./importTypes";
import type { PartnerCurrency } from "./partnerCurrencies";
import { readDay, readText } from "./trackerValues";

/** The Settings an import may fill: a new plan's period, name and currency. */
export const IMPORTED_SETTINGS = { start: "Period start", end: "Period end", name: "Plan name", currency: "Currency" } as const;

/** The currency the template writes into a new plan's Settings. */
const DEFAULT_CURRENCY = SETTINGS.find((s) => s.key === "currency")?.defaultValue ?? "USD";

/** The period an import takes: the years its activities span. */
export interface ImportPeriod {
  readonly start: Day;
  readonly end: Day;
}

/** The Settings the import keeps as the user's; undefined where the tracker's may go. */
export interface KeptSettings {
  readonly currency: string | undefined;
  readonly start: Day | undefined;
  readonly end: Day | undefined;
}

/** The value of the setting `name` when the plan sets it; undefined when absent or blank. */
export function settingOf(plan: ExistingPlan, name: string): unknown {
  const value = plan.settings.get(normalizeHeader(name));
  return readText(value) === "" ? undefined : value;
}

function dayOf(value: unknown): Day | undefined {
  const read = readDay(value);
  return read.kind === "value" ? read.value : undefined;
}

/** True when `start` to `end` is one whole calendar year, as the template's default period is. */
function wholeYear(start: Day | undefined, end: Day | undefined): boolean {
  if (start === undefined || end === undefined) return false;
  const year = dateFromDay(start).getUTCFullYear();
  return start === dayFromParts(year, 1, 1) && end === dayFromParts(year, 12, 31);
}

/** What of the plan's Settings the import keeps (see the file's comment). */
export function keptSettings(existing: ExistingPlan): KeptSettings {
  const currency = readText(settingOf(existing, IMPORTED_SETTINGS.currency)).toUpperCase() || undefined;
  const start = dayOf(settingOf(existing, IMPORTED_SETTINGS.start));
  const end = dayOf(settingOf(existing, IMPORTED_SETTINGS.end));
  if (existing.hasRows) return { currency, start, end };
  const defaultPeriod = wholeYear(start, end);
  return { currency: currency === DEFAULT_CURRENCY ? undefined : currency, start: defaultPeriod ? undefined : start, end: defaultPeriod ? undefined : end };
}

/**
 * The plan's currency once imported: the one the plan keeps; in a plan with rows and a blank
 * Currency, the template's (the engine reads its rows so, and the import takes no Setting from
 * the tracker into a plan with rows); otherwise the one currency the tracker's amounts name,
 * else the Settings' (USD when blank).
 */
export function currencyOfPlan(existing: ExistingPlan, named: readonly string[]): string {
  const kept = keptSettings(existing).currency;
  if (kept !== undefined) return kept;
  if (existing.hasRows) return DEFAULT_CURRENCY;
  if (named.length === 1) return named[0];
  return readText(settingOf(existing, IMPORTED_SETTINGS.currency)).toUpperCase() || DEFAULT_CURRENCY;
}

/**
 * The Settings a plan without rows takes from the tracker (by setting name; dates as Date),
 * each where the plan keeps none of its own: the currency its amounts name and the years its
 * activities span. A plan with rows takes none.
 */
export function settingsFromTracker(existing: ExistingPlan, currency: string | undefined, period: ImportPeriod | undefined): ReadonlyMap<string, unknown> {
  const taken = new Map<string, unknown>();
  if (existing.hasRows) return taken;
  const kept = keptSettings(existing);
  if (period && kept.start === undefined) taken.set(IMPORTED_SETTINGS.start, dateFromDay(period.start));
  if (period && kept.end === undefined) taken.set(IMPORTED_SETTINGS.end, dateFromDay(period.end));
  if (currency !== undefined && kept.currency === undefined) taken.set(IMPORTED_SETTINGS.currency, currency);
  return taken;
}

/**
 * The note on Settings an import changes in a plan that had them (the template's defaults or
 * blanks), so a value replaced is never replaced unsaid; none for a plan the import makes.
 */
export function settingsNote(existing: ExistingPlan, taken: ReadonlyMap<string, unknown>): string[] {
  if (existing.settingsRows.size === 0) return [];
  // A date as the day it is (a cell may hold a Date or a serial), a code in capitals.
  const shown = (value: unknown) => {
    const day = dayOf(value);
    return day !== undefined ? isoFromDay(day) : readText(value).toUpperCase();
  };
  const changed = [...taken].filter(([name, value]) => shown(value) !== shown(settingOf(existing, name)));
  if (changed.length === 0) return [];
  return [`Settings taken from the tracker, where the plan held the template's defaults or blanks: ${changed.map(([name, value]) => `${name} ${shown(value)}`).join(", ")}`];
}

/**
 * Amounts naming currencies other than the one the plan reads them in: one remark per currency
 * with its rows (`top` is the grid's first sheet row), saying how the plan converts them. The
 * plan reads a row in its partner's own Currency where `partners` gives one (by sheet row; one
 * remark per partner and currency then), else in `planCurrency`. A plan without rows yet, whose
 * Currency the user set, may simply be in the tracker's one currency: the remark says so first.
 */
export function mixedCurrencies(currencyRows: ReadonlyMap<string, readonly number[]>, planCurrency: string, existing: ExistingPlan, top: number, partners: ReadonlyMap<number, PartnerCurrency> = new Map()): ReviewItem[] {
  const named = [...currencyRows.keys()];
  const which = named.length > 1 ? `The amounts name several currencies (${named.join(", ")}); those in` : "The amounts are in";
  const wholePlan = named.length === 1 && !existing.hasRows;
  const planItems: ReviewItem[] = [];
  const partnerItems = new Map<string, { partner: PartnerCurrency; code: string; rows: number[] }>();
  for (const [code, gridRows] of currencyRows) {
    const inPlan: number[] = [];
    for (const row of gridRows.map((r) => top + r)) {
      const partner = partners.get(row);
      if (partner === undefined) inPlan.push(row);
      else if (partner.currency !== code) {
        const key = `${partner.partner}|${code}`;
        const item = partnerItems.get(key) ?? { partner, code, rows: [] };
        partnerItems.set(key, item);
        item.rows.push(row);
      }
    }
    if (code === planCurrency || inPlan.length === 0) continue;
    planItems.push({
      kind: "conflict",
      message: wholePlan
        ? `${which} ${code} but are read as ${planCurrency}, the plan's Currency in Settings, which the import keeps: set it to ${code} if the whole plan is in ${code}, else set the partner's Currency to ${code} in the Partners table and a ${code} rate in Rates to convert them`
        : `${which} ${code} ${named.length > 1 ? "are" : "but are"} read as ${planCurrency}, the plan's currency: set the partner's Currency to ${code} in the Partners table and a ${code} rate in Rates to convert them`,
      rows: inPlan,
    });
  }
  const byPartner = [...partnerItems.values()].map(({ partner, code, rows }): ReviewItem => {
    const rate = code === planCurrency ? "" : ` and a ${code} rate in Rates`;
    return {
      kind: "conflict",
      message: `The amounts of partner ${partner.partner} are in ${code} but are read as ${partner.currency}, the partner's Currency in the Partners table: convert them to ${partner.currency} in the tracker, or set that Currency to ${code}${rate} if all of the partner's amounts are in ${code}`,
      rows,
    };
  });
  return [...planItems, ...byPartner];
}

/**
 * The tactics the import writes (new or changed: `unchanged` holds the tracker rows the plan
 * already holds as they are) that run outside the period the plan keeps: one remark with their
 * rows, as the check's P04 would find them.
 */
export function periodReview(rows: readonly ImportRow[], existing: ExistingPlan, unchanged: ReadonlySet<number>): ReviewItem[] {
  const { start, end } = keptSettings(existing);
  if (start === undefined && end === undefined) return [];
  const outside = new Set<number>();
  for (const row of rows) {
    if (row.table !== "JmpTactics" || row.sourceRow === undefined || unchanged.has(row.sourceRow)) continue;
    const first = dayOf(row.cells.get("start")) ?? dayOf(row.cells.get("end"));
    const last = dayOf(row.cells.get("end")) ?? first;
    if ((start !== undefined && first !== undefined && first < start) || (end !== undefined && last !== undefined && last > end)) outside.add(row.sourceRow);
  }
  if (outside.size === 0) return [];
  const period = start !== undefined && end !== undefined ? `${isoFromDay(start)} to ${isoFromDay(end)}` : start !== undefined ? `from ${isoFromDay(start)}` : `to ${isoFromDay(end as Day)}`;
  const one = outside.size === 1;
  return [
    {
      kind: "conflict",
      message: `${one ? "An activity runs" : `${outside.size} activities run`} outside the plan's period (${period} in Settings, which the import keeps): widen Period start or Period end to take ${one ? "it" : "them"} in`,
      rows: [...outside].sort((a, b) => a - b),
    },
  ];
}
