/**
 * Reads the key/value Settings table. Unknown settings are ignored (users keep notes there);
 * missing ones take their defaults; Period start and Period end are required.
 */
import type { Day } from "../../model/dates";
import { isoFromDay, today } from "../../model/dates";
import { DEFAULT_FISCAL_YEAR_START, monthFromSetting } from "../../model/fiscalCalendar";
import { currency } from "../../model/money";
import { isIsoCurrency } from "../../model/currencyCodes";
import type { Maybe, Settings, Share } from "../../model/plan";
import type { RawTable } from "../../model/rawTable";
import { normalizeHeader, NUMBER_FORMATS, SETTINGS, requireTableSpec } from "../../model/schema";
import type { ColumnSpec, SettingSpec } from "../../model/schema";
import { conventionNamed, DEFAULT_CONVENTION } from "../../model/numberFormat";
import { CellReader } from "./cellReader";
import type { ReadContext } from "./readContext";
import type { Slot } from "./cellReader";
import type { FindingSink } from "../findings/findingSink";
import { scanRows } from "./rowScan";
import type { Slots } from "./tableColumns";

const SPEC = requireTableSpec("JmpSettings");
const DEFAULT_SHARE: Share = { fraction: 0.5, basisPoints: 5000 };
const DEFAULT_CLAIM_WINDOW = 45;

/** Options that complete the settings when the workbook leaves them blank. */
export interface SettingsOptions {
  /** The day to use when the As of setting is blank (default: today). */
  readonly asOf?: Day;
}

/**
 * Reads the settings; `raw` is undefined when the table is missing (S01 is reported elsewhere).
 * The Number format is read first: the other settings, and every table after them, are read by
 * it (it is set on `context`).
 */
export function parseSettings(raw: Maybe<RawTable>, slots: Maybe<Slots>, sink: FindingSink, options: SettingsOptions, context: ReadContext): Settings {
  const found = new Map<string, { cells: readonly unknown[]; row: number }>();
  if (raw && slots) {
    scanRows(raw, slots, (cells, row) => {
      const nameIndex = slots.setting.index;
      const name = normalizeHeader(nameIndex >= 0 ? cells[nameIndex] : undefined);
      if (name !== "" && !found.has(name)) found.set(name, { cells, row });
    });
  }
  const reader = new CellReader(SPEC, sink, context);
  const valueIndex = slots?.value.index ?? -1;
  const valueOf = <T>(setting: SettingSpec, read: (slot: Slot) => T): Maybe<T> => {
    const entry = found.get(normalizeHeader(setting.name));
    const slot: Slot = { spec: settingColumn(setting), index: valueIndex };
    if (!entry) {
      if (setting.required && raw) {
        sink.add("V01", SPEC, raw.headerRow, "value", `Setting "${setting.name}" is required; add a row for it`);
      }
      return undefined;
    }
    reader.begin(entry.cells, entry.row);
    return read(slot);
  };
  const byKey = new Map(SETTINGS.map((s) => [s.key, s]));
  const setting = (key: string): SettingSpec => byKey.get(key) as SettingSpec;

  const formatText = valueOf(setting("numberFormat"), (s) => reader.text(s)) ?? "";
  context.convention = DEFAULT_CONVENTION;
  if (formatText !== "") {
    const named = conventionNamed(formatText);
    if (named) context.convention = named;
    else reportAt(sink, found, "numberFormat", `Number format "${formatText}" is not one of ${NUMBER_FORMATS.join(", ")}; en-US is used`);
  }
  const code = valueOf(setting("currency"), (s) => reader.text(s));
  let planCurrency = currency("USD");
  if (code) {
    // The list, not three letters: the plan currency must be one the Rates and formats know.
    if (isIsoCurrency(code)) planCurrency = currency(code);
    else reportAt(sink, found, "currency", `Currency "${code}" is not an ISO 4217 code; USD is used`);
  }
  const planName = valueOf(setting("planName"), (s) => reader.text(s)) ?? "";
  const vendor = valueOf(setting("vendor"), (s) => reader.text(s)) ?? "";
  const periodStart = valueOf(setting("periodStart"), (s) => reader.date(s));
  const periodEnd = valueOf(setting("periodEnd"), (s) => reader.date(s));
  if (periodStart !== undefined && periodEnd !== undefined && periodEnd < periodStart) {
    // Reported here, where the setting rows are known, so the finding links to Period end's cell.
    const row = found.get(normalizeHeader(setting("periodEnd").name))?.row ?? null;
    sink.add("P03", SPEC, row, "value", `Period end ${isoFromDay(periodEnd)} is before Period start ${isoFromDay(periodStart)}`);
  }
  const fiscalStartText = valueOf(setting("fiscalYearStart"), (s) => reader.text(s)) ?? "";
  let fiscalYearStart = DEFAULT_FISCAL_YEAR_START;
  if (fiscalStartText !== "") {
    const month = monthFromSetting(fiscalStartText);
    if (month !== undefined) fiscalYearStart = month;
    else reportAt(sink, found, "fiscalYearStart", `Fiscal year start "${fiscalStartText}" is not a month (a name such as July, a number 1-12 or a date); January is used`);
  }
  return {
    planName,
    vendor,
    periodStart,
    periodEnd,
    currency: planCurrency,
    maxMdfShare: valueOf(setting("maxMdfShare"), (s) => reader.percent(s)) ?? DEFAULT_SHARE,
    claimWindowDays: valueOf(setting("claimWindowDays"), (s) => reader.count(s)) ?? DEFAULT_CLAIM_WINDOW,
    asOf: valueOf(setting("asOf"), (s) => reader.date(s)) ?? options.asOf ?? today(),
    fiscalYearStart,
    numberFormat: context.convention.name,
  };
}

function reportAt(sink: FindingSink, found: Map<string, { row: number }>, key: string, message: string): void {
  const spec = SETTINGS.find((s) => s.key === key) as SettingSpec;
  const entry = found.get(normalizeHeader(spec.name));
  sink.add("V05", SPEC, entry?.row ?? null, "value", message);
}

/** A column spec that names the setting in messages ("Period start is required"). */
function settingColumn(setting: SettingSpec): ColumnSpec {
  return {
    key: "value",
    header: setting.name,
    type: setting.type,
    required: setting.required,
    width: 0,
    description: setting.description,
  };
}
