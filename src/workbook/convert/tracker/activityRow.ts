/**
 * One tracker row read as an activity: each mapped field's cell read as its kind, with what
 * could not be read kept aside for review. The plan rows are made from this (`buildRows.ts`).
 */
import type { Day } from "../../../model/dates";
import type { Cents } from "../../../model/money";
import type { TrackerField } from "./fields";
import { fieldKind } from "./fields";
import type { ColumnMapping } from "./mapColumns";
import { plainOf } from "../../../engine/read/cellValue";
import { isDash, readCents, readDay, readNumber, readText } from "./trackerValues";

/** A cell that could not be read as its field's kind. */
export interface UnreadableCell {
  readonly field: TrackerField;
  readonly column: string;
  /** The column's index in the tracker's grid. */
  readonly index: number;
  /** The cell's value; an Excel error as its text ("#N/A"). */
  readonly raw: unknown;
  /** True for an Excel error (#N/A, #REF!...). */
  readonly error?: boolean;
}

/** An activity row's facts. */
export class ActivityRow {
  private readonly money = new Map<TrackerField, Cents>();
  private readonly numbers = new Map<TrackerField, number>();
  private readonly days = new Map<TrackerField, Day>();
  private readonly texts = new Map<TrackerField, string>();
  /** Amount and count fields whose cell held text ("$15,000"), read as a number. */
  private readonly typedAsText = new Set<TrackerField>();
  /** Cells that could not be read; their raw values go into the plan as they are. */
  readonly unreadable: UnreadableCell[] = [];

  constructor(
    /** Sheet row number. */
    readonly row: number,
    cells: readonly unknown[],
    columns: readonly ColumnMapping[],
  ) {
    for (const { field, index, header } of columns) {
      if (!field || field === "ignored") continue;
      const raw = cells[index];
      const kind = fieldKind(field);
      const plain = plainOf(raw);
      if (plain.kind === "error") {
        // An error is not a blank: listed, and copied into an amount or date cell where the check reports it.
        this.unreadable.push({ field, column: header, index, raw: plain.error, error: true });
        if (kind === "money" || kind === "count" || kind === "date") this.texts.set(field, plain.error);
        continue;
      }
      const text = readText(raw);
      // An accounting dash in an amount column stands for nothing, not for text to review.
      if (text === "" || ((kind === "money" || kind === "count") && isDash(raw))) continue;
      this.texts.set(field, text);
      const read = kind === "money" ? readCents(raw) : kind === "count" ? readNumber(raw) : kind === "date" ? readDay(raw) : undefined;
      if (!read || read.kind === "blank") continue;
      if (read.kind === "invalid") {
        this.unreadable.push({ field, column: header, index, raw });
        continue;
      }
      if (typeof raw === "string" && (kind === "money" || kind === "count")) this.typedAsText.add(field);
      if (kind === "money") this.money.set(field, read.value);
      else if (kind === "count") this.numbers.set(field, read.value);
      else this.days.set(field, read.value);
    }
  }

  /**
   * True when the field's amount or count was typed as text and read as a number: Excel's SUM
   * leaves such a cell out, so a tracker's own total may miss it.
   */
  isTypedAsText(field: TrackerField): boolean {
    return this.typedAsText.has(field);
  }

  /** The field's text ("" when blank). */
  text(field: TrackerField): string {
    return this.texts.get(field) ?? "";
  }

  /** True when the field's cell holds anything. */
  has(field: TrackerField): boolean {
    return this.texts.has(field);
  }

  /** An amount in cents, or undefined when blank or unreadable. */
  cents(field: TrackerField): Cents | undefined {
    return this.money.get(field);
  }

  /** A count, or undefined. */
  count(field: TrackerField): number | undefined {
    return this.numbers.get(field);
  }

  /** A day, or undefined. */
  day(field: TrackerField): Day | undefined {
    return this.days.get(field);
  }

  /** Every imported cell's text, by field: equal for two rows that hold the same in every imported column. */
  fingerprint(): string {
    return JSON.stringify([...this.texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  /** The raw value of an unreadable cell of `field`, to copy as it is. */
  unreadableValue(field: TrackerField): unknown {
    return this.unreadable.find((u) => u.field === field)?.raw;
  }
}

/** The remark on a row repeating an earlier one: one remark lists them all, so alike rows do not flood the list. */
export const REPEATED_ROW = "Repeats an earlier row in every imported column: imported as one more activity with its own amounts; if it is a copy, delete it and import again";

/**
 * Rows seen so far, by what they hold in every imported column. A row copied by mistake doubles
 * its money: it is imported as the tracker has it, and said.
 */
export class RepeatedRows {
  private readonly seen = new Set<string>();

  /** True when an earlier row held the same in every imported column. */
  isRepeat(row: ActivityRow): boolean {
    const fingerprint = row.fingerprint();
    if (this.seen.has(fingerprint)) return true;
    this.seen.add(fingerprint);
    return false;
  }
}
