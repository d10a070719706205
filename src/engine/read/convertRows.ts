/**
 * Converts the amounts of the large tables' rows (see convertCurrencies.ts): a row's amounts
 * are in its partner's currency, at the rate in force on the row's date — a tactic's Start, an
 * allocation's Authorized on, a claim's Submitted on, an outcome's Date; blank: the latest.
 */
import { isoFromDay } from "../../model/dates";
import { convertCents } from "../../model/exchange";
import { requireTableSpec } from "../../model/schema";
import type { TableSpec } from "../../model/schema";
import type { FindingSink } from "../findings/findingSink";
import type { RowLookup } from "../link/rowLookup";
import type { Partner } from "../../model/plan";
import { isMoneyMetric } from "../store/codes";
import { centsOf } from "../store/activityColumns";
import type { IdentifiedColumns } from "../store/activityColumns";
import { NO_ID } from "../store/idDomain";
import type { PlanData } from "../store/planData";
import type { CurrencyView } from "./convertCurrencies";
import type { CurrencyConverter } from "./currencyConverter";
import type { NoteResolver } from "./currencyNotes";
import type { OwnCopies } from "./ownCopies";
import { convertUnits, inWholeUnits, unitsInWholeUnits } from "./ownUnit";
import { exponentOf } from "../../model/money";

/** One large table's amounts and what converting them needs. */
export interface TableConversion {
  readonly spec: TableSpec;
  readonly size: number;
  /** Sheet row numbers. */
  readonly row: Int32Array;
  /** The money columns (cents). */
  readonly money: readonly { readonly key: string; readonly out: Float64Array }[];
  /** An outcome's Value: currency units on the rows where `isMoney`. */
  readonly units?: { readonly key: string; readonly out: Float64Array; readonly isMoney: (i: number) => boolean };
  /** The day each row's rate is taken on (NaN: the latest), and that column's key. */
  readonly days: Float32Array;
  readonly dayKey: string;
  /** The currency of each row's amounts: its partner's. */
  readonly currencyOf: (i: number) => string;
  /** The row's partner ID text, for findings. */
  readonly partnerOf: (i: number) => string | null;
}

/** The conversions of the four large tables. */
export function activityConversions(data: PlanData, partners: RowLookup<Partner>, currencyOfPartner: (position: number) => string): TableConversion[] {
  const { tactics: t, allocations: a, claims: c, outcomes: o, ids } = data;
  const bySpelling = (column: Int32Array) => (i: number) => currencyOfPartner(partners.positionOf(column[i]));
  const partnerText = (column: Int32Array) => (i: number) => (column[i] === NO_ID ? null : ids.partners.text(column[i]));
  // A claim's partner is its tactic's: found by the tactic's key, as link.ts finds it (made when
  // first asked). Per tactic key: its first tactic's partner position + 2 (1: no partner), 0 for
  // no tactic; keys are numbers below the domain's key count, so an array serves (a Map of
  // 100,000 tactics cost a tenth of the analysis).
  let partnerOfTacticKey: Int32Array | undefined;
  const claimTacticCurrency = (key: number): string | undefined => {
    if (partnerOfTacticKey === undefined) {
      partnerOfTacticKey = new Int32Array(ids.tactics.keyCount);
      for (let i = 0; i < t.size; i++) {
        const own = ids.tactics.key(t.spelling[i]);
        if (partnerOfTacticKey[own] === 0) partnerOfTacticKey[own] = Math.max(-1, partners.positionOf(t.partner[i])) + 2;
      }
    }
    const found = key < partnerOfTacticKey.length ? partnerOfTacticKey[key] : 0;
    return found === 0 ? undefined : currencyOfPartner(found - 2);
  };
  const plan = data.settings.currency.code;
  // Every money column of the schema converts: a column added there converts with no edit here.
  const table = (columns: IdentifiedColumns) => {
    const spec = requireTableSpec(columns.table);
    const money = spec.columns.filter((column) => column.type === "money").map(({ key }) => ({ key, out: centsOf(columns, key) }));
    return { spec, size: columns.size, row: columns.row, money };
  };
  return [
    { ...table(t), days: t.start, dayKey: "start", currencyOf: bySpelling(t.partner), partnerOf: partnerText(t.partner) },
    { ...table(a), days: a.authorizedOn, dayKey: "authorizedOn", currencyOf: bySpelling(a.partner), partnerOf: partnerText(a.partner) },
    {
      ...table(c),
      days: c.submittedOn,
      dayKey: "submittedOn",
      currencyOf: (i) => (c.tactic[i] === NO_ID ? plan : (claimTacticCurrency(ids.tactics.key(c.tactic[i])) ?? plan)),
      partnerOf: () => null,
    },
    {
      // An outcome's Value is money or a count by its Metric: converted as units, row by row.
      ...table(o),
      units: { key: "value", out: o.value, isMoney: (i) => isMoneyMetric(o.metric[i]) },
      days: o.date,
      dayKey: "date",
      currencyOf: bySpelling(o.partner),
      partnerOf: partnerText(o.partner),
    },
  ];
}

/** A noted cell of the table: where it is, its value as read, and the currency it named (none: read below the cent). */
interface NotedCell {
  readonly i: number;
  readonly key: string;
  readonly out: Float64Array;
  readonly units: boolean;
  readonly value: number;
  readonly mark: string | undefined;
}

/**
 * Converts a table's amounts in place. `foreign`: the partner currencies other than the plan's;
 * `own`, given in the plan view when there are some: where the compared columns are kept as
 * the partners typed them.
 */
export function convertRows(table: TableConversion, converter: CurrencyConverter, foreign: readonly string[], resolver: NoteResolver, sink: FindingSink | null, view: CurrencyView, own?: OwnCopies): void {
  const noted = notedCells(table, resolver);
  // Yen (a currency without a minor unit) is read to the whole yen, in every view, before it is copied or converted.
  if (exponentOf(converter.planCurrency) < 2 || foreign.some((code) => exponentOf(code) < 2)) toWholeUnits(table, resolver);
  own?.take(table.spec.name, table.money);
  if (view === "plan" && foreign.length > 0) convertByPartner(table, converter, sink);
  if (view === "partner" && foreign.length > 0) leaveOutUncounted(table, converter);
  for (const cell of noted) {
    // A cell noted for its digits alone converts as its row did, unless the row is not counted.
    if (cell.mark === undefined && cell.out[cell.i] !== cell.out[cell.i]) continue;
    const at = { table: table.spec.name, row: table.row[cell.i], key: cell.key, partner: table.partnerOf(cell.i) };
    const currency = table.currencyOf(cell.i);
    const day = table.days[cell.i];
    cell.out[cell.i] = resolver.cell(at, cell.value, cell.mark, currency, day, cell.units);
    if (!cell.units && cell.mark !== undefined) own?.noted(cell.out, cell.i, at, cell.value, cell.mark, currency, day);
  }
  own?.settle(table.money);
}

/**
 * The cells of the table that named a currency, and the other money cells read with digits
 * below the cent (a currency with three decimals converts from them: ownUnit.ts), with their
 * values before any conversion.
 */
function notedCells(table: TableConversion, resolver: NoteResolver): NotedCell[] {
  const out: NotedCell[] = [];
  const named = new Set<string>();
  for (const note of resolver.notesOf(table.spec.name)) {
    const i = placeOfRow(table, note.row);
    if (i < 0) continue;
    named.add(`${note.row}|${note.key}`);
    const money = table.money.find((m) => m.key === note.key);
    if (money) out.push({ i, key: note.key, out: money.out, units: false, value: money.out[i], mark: note.mark });
    else if (table.units && table.units.key === note.key && table.units.isMoney(i)) out.push({ i, key: note.key, out: table.units.out, units: true, value: table.units.out[i], mark: note.mark });
  }
  for (const { row, key } of resolver.fineCellsOf(table.spec.name)) {
    const money = table.money.find((m) => m.key === key);
    const i = money && !named.has(`${row}|${key}`) ? placeOfRow(table, row) : -1;
    if (money && i >= 0) out.push({ i, key, out: money.out, units: false, value: money.out[i], mark: undefined });
  }
  return out;
}

/** The currency of the kept row at sheet row `row` (its partner's), or undefined for a row not kept. */
export function currencyAt(table: TableConversion, row: number): string | undefined {
  const i = placeOfRow(table, row);
  return i < 0 ? undefined : table.currencyOf(i);
}

/** The place of the kept row at sheet row `row`, or -1: kept rows are in sheet order, so a binary search finds it. */
function placeOfRow(table: TableConversion, row: number): number {
  let low = 0;
  let high = table.size - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = table.row[middle];
    if (at === row) return middle;
    if (at < row) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Every row of a partner in another currency: its amounts into plan cents at its day's rate. */
function convertByPartner(table: TableConversion, converter: CurrencyConverter, sink: FindingSink | null): void {
  const { money, units, days, currencyOf, size } = table;
  const plan = converter.planCurrency;
  for (let i = 0; i < size; i++) {
    const currency = currencyOf(i);
    if (currency === plan) continue;
    const conversion = converter.toPlan(currency, days[i]);
    if (typeof conversion === "string") {
      // A currency with no rate at all was reported once, at its partners.
      if (conversion === "beforeFirst") reportBeforeFirst(table, i, currency, converter, sink);
      for (let m = 0; m < money.length; m++) money[m].out[i] = NaN;
      if (units && units.isMoney(i)) units.out[i] = NaN;
      continue;
    }
    for (let m = 0; m < money.length; m++) {
      const out = money[m].out;
      const cents = out[i];
      if (cents === cents) out[i] = convertCents(cents, conversion);
    }
    if (units && units.isMoney(i)) {
      const value = units.out[i];
      if (value === value) units.out[i] = convertUnits(value, currency, conversion) / 100;
    }
  }
}

/** The amounts of every row in a currency without a minor unit to its whole unit (ownUnit.ts). */
function toWholeUnits(table: TableConversion, resolver: NoteResolver): void {
  const { money, units, currencyOf, size } = table;
  for (let i = 0; i < size; i++) {
    const exponent = exponentOf(currencyOf(i));
    if (exponent >= 2) continue;
    const step = 10 ** (2 - exponent);
    for (let m = 0; m < money.length; m++) {
      const out = money[m].out;
      const cents = out[i];
      if (cents === cents && cents % step !== 0) out[i] = inWholeUnits(cents, resolver.digitsOf(table.spec.name, table.row[i], money[m].key), exponent);
    }
    if (units && units.isMoney(i)) {
      const value = units.out[i];
      if (value === value && !Number.isInteger(value * 10 ** exponent)) units.out[i] = unitsInWholeUnits(value, exponent);
    }
  }
}

/**
 * The partner view keeps each row in its partner's currency, but leaves out (as absent) the
 * amounts of rows the plan view does not count: a currency with no rate, or none yet on the
 * row's date (V10). Both views then count the same rows.
 */
function leaveOutUncounted(table: TableConversion, converter: CurrencyConverter): void {
  const { money, units, days, currencyOf, size } = table;
  const plan = converter.planCurrency;
  for (let i = 0; i < size; i++) {
    const currency = currencyOf(i);
    if (currency === plan || typeof converter.toPlan(currency, days[i]) !== "string") continue;
    for (let m = 0; m < money.length; m++) money[m].out[i] = NaN;
    if (units && units.isMoney(i)) units.out[i] = NaN;
  }
}

function reportBeforeFirst(table: TableConversion, i: number, currency: string, converter: CurrencyConverter, sink: FindingSink | null): void {
  const first = converter.firstDay(currency);
  const message = `No ${currency} rate is in force on ${isoFromDay(table.days[i])}${first === undefined ? "" : ` (the first is from ${isoFromDay(first)})`}; the row's amounts are not counted`;
  sink?.add("V10", table.spec, table.row[i], table.dayKey, message, table.partnerOf(i));
}
