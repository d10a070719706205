/**
 * Collects findings while the engine reads and checks a plan, filling in the sheet, column
 * header and cell address from where each table was found.
 */
import type { Finding, RuleCode } from "../../model/findings";
import { RULES } from "../../model/findings";
import type { TableLocation } from "../../model/plan";
import type { TableSpec } from "../../model/schema";
import type { Cents } from "../../model/money";

/** Where findings in one column of a table (or in whole rows) point. */
interface ColumnPlace {
  readonly sheet: string | null;
  /** The column header, or null for whole rows. */
  readonly header: string | null;
  readonly letters: string | undefined;
}

/**
 * Joins a message built from pieces into one string. V8 keeps a string built with `+` or a
 * template as a tree of its pieces until something reads it, and reading a character joins
 * them. Done here, while the pieces are young: each finding then keeps one string instead of a
 * tree, and the garbage collector copies far fewer bytes (at the SPEC size, with 49,000
 * findings, the young-generation collections took a third less time; `npm run bench`).
 */
function joinPieces(message: string): void {
  message.charCodeAt(0);
}

/** Accumulates findings for one analysis. */
export class FindingSink {
  readonly findings: Finding[] = [];
  /** Per table spec, per column key ("" for whole rows): resolved once, as large plans can have many findings. */
  private readonly places = new Map<TableSpec, Map<string, ColumnPlace>>();

  constructor(private readonly locations: ReadonlyMap<string, TableLocation>) {}

  private place(table: TableSpec, columnKey: string | null): ColumnPlace {
    let columns = this.places.get(table);
    if (!columns) {
      columns = new Map();
      this.places.set(table, columns);
    }
    let place = columns.get(columnKey ?? "");
    if (!place) {
      const location = this.locations.get(table.name);
      place =
        columnKey === null
          ? { sheet: location?.sheet ?? null, header: null, letters: undefined }
          : { sheet: location?.sheet ?? null, header: table.columns.find((c) => c.key === columnKey)?.header ?? columnKey, letters: location?.columns.get(columnKey) };
      columns.set(columnKey ?? "", place);
    }
    return place;
  }

  /**
   * Records a finding at a table cell. `columnKey` is the schema key of the column (or null for a
   * whole row); `row` the sheet row number (or null for the whole table). A finding about money
   * gives its figures in cents: the `amount` found and the `limit` it passes (or falls short of),
   * in `currency` when that is given (a partner's own), else in the plan currency. Returns the
   * finding's place among `findings` (for `reword`).
   */
  add(
    code: RuleCode,
    table: TableSpec,
    row: number | null,
    columnKey: string | null,
    message: string,
    partner: string | null = null,
    amount?: Cents,
    limit?: Cents,
    currency?: string,
  ): number {
    const place = this.place(table, columnKey);
    const letters = place.letters;
    joinPieces(message);
    this.findings.push({
      code,
      severity: RULES[code].severity,
      table: table.name,
      sheet: place.sheet,
      row,
      column: place.header,
      cell: letters !== undefined && row !== null ? `${letters}${row}` : null,
      message,
      partner,
      amount,
      limit,
      currency,
    });
    return this.findings.length - 1;
  }

  /**
   * Gives the finding at `at` (a place `add` returned) a new message: one written while reading,
   * before what it depends on was known (a text amount's V09 states what is counted, which its
   * row's currency decides: textAmounts.ts).
   */
  reword(at: number, message: string): void {
    const finding = this.findings[at];
    joinPieces(message);
    this.findings[at] = { ...finding, message };
  }

  /**
   * Records a finding about a header (duplicate or missing); `cell` is the header cell when one
   * exists (a missing column has none).
   */
  addHeader(code: RuleCode, table: TableSpec, row: number | null, header: string, message: string, cell: string | null = null): void {
    const location = this.locations.get(table.name);
    this.findings.push({
      code,
      severity: RULES[code].severity,
      table: table.name,
      sheet: location?.sheet ?? null,
      row,
      column: header,
      cell,
      message,
      partner: null,
    });
  }
}
