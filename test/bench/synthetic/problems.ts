/**
 * Plants typical data problems in a share of rows so the rules have something to find.
 */
import { dayFromSerial, isoFromDay } from "../../../src/model/dates";
import type { TableName } from "../../../src/model/schema";
import type { Rng } from "./rng";
import type { TableBuilder } from "./tableBuilder";

/** The kinds of data problem the generator plants. */
export type ProblemKind = "unknownId" | "blank" | "badEnum" | "badDate" | "textDate" | "nonPositive" | "textAmount" | "errorValue" | "duplicateId";

/** Every problem kind. */
export const ALL_PROBLEMS: readonly ProblemKind[] = ["unknownId", "blank", "badEnum", "badDate", "textDate", "nonPositive", "textAmount", "errorValue", "duplicateId"];

/**
 * Problems that per-partner SUMIFS formulas treat the way the engine does (with `>0` / `>=0`
 * criteria on the summed column): amounts typed as text, error values and duplicate IDs are left
 * out because SUMIFS skips text, propagates errors and counts copies twice.
 */
export const FORMULA_SAFE_PROBLEMS: readonly ProblemKind[] = ["unknownId", "blank", "badEnum", "badDate", "textDate", "nonPositive"];

/** Per table, the columns each problem kind may hit. */
const TARGETS: Partial<Record<TableName, Partial<Record<ProblemKind, readonly string[]>>>> = {
  JmpTactics: {
    unknownId: ["partnerId", "initiativeId"], blank: ["start", "totalCost", "mdfRequested", "status"], badEnum: ["status", "tacticType"],
    badDate: ["start", "end"], textDate: ["start", "end"], nonPositive: ["mdfRequested", "totalCost"], textAmount: ["totalCost", "mdfRequested"],
    errorValue: ["totalCost", "end"], duplicateId: ["tacticId"],
  },
  JmpAllocations: {
    unknownId: ["partnerId", "tacticId"], blank: ["amount", "authorizedOn"], badDate: ["authorizedOn"], textDate: ["authorizedOn"],
    nonPositive: ["amount"], textAmount: ["amount"], errorValue: ["amount"], duplicateId: ["allocationId"],
  },
  JmpClaims: {
    unknownId: ["tacticId"], blank: ["amountClaimed", "submittedOn", "status"], badEnum: ["status"], badDate: ["submittedOn"], textDate: ["submittedOn"],
    nonPositive: ["amountClaimed"], textAmount: ["amountClaimed", "amountApproved"], errorValue: ["amountClaimed"], duplicateId: ["claimId"],
  },
  JmpOutcomes: {
    unknownId: ["partnerId", "tacticId"], blank: ["value", "date"], badEnum: ["metric"], badDate: ["date"], textDate: ["date"],
    nonPositive: ["value"], textAmount: ["value"], errorValue: ["value"], duplicateId: ["outcomeId"],
  },
};

const TYPOS: Record<string, string> = { status: "Aproved", tacticType: "Webinr", metric: "Revenu" };

/** Plants one problem in a share of rows. */
export class ProblemPlanter {
  constructor(
    private readonly rng: Rng,
    private readonly rate: number,
    private readonly kinds: readonly ProblemKind[],
  ) {}

  /** Plants problems in the rows of a table (in place). */
  into(table: TableBuilder): void {
    const targets = TARGETS[table.name] ?? {};
    const kinds = this.kinds.filter((k) => (targets[k] ?? []).length > 0);
    if (kinds.length === 0 || this.rate <= 0) return;
    table.rows.forEach((row, i) => {
      if (!this.rng.chance(this.rate)) return;
      const kind = this.rng.pick(kinds);
      const key = this.rng.pick(targets[kind] ?? []);
      const at = table.col(key);
      if (kind === "duplicateId" && i === 0) return;
      row[at] = this.value(kind, key, row[at], i === 0 ? undefined : table.rows[i - 1][at]);
    });
  }

  private value(kind: ProblemKind, key: string, current: unknown, previous: unknown): unknown {
    const amount = typeof current === "number" ? current : 1_000;
    switch (kind) {
      case "unknownId":
        return `${key === "partnerId" ? "PX" : key === "tacticId" ? "TX" : "IX"}${this.rng.int(1_000, 9_999)}`;
      case "blank":
        return "";
      case "badEnum":
        return TYPOS[key] ?? "Payed";
      case "badDate":
        return this.rng.pick(["next week", "2026-02-30", "TBD"]);
      case "textDate":
        return typeof current === "number" ? isoFromDay(dayFromSerial(current)) : "2026-06-01";
      case "nonPositive":
        return this.rng.chance(0.3) ? 0 : -amount;
      case "textAmount":
        return `$${amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
      case "errorValue":
        return this.rng.pick(["#N/A", "#VALUE!", "#REF!"]);
      case "duplicateId":
        return previous;
    }
  }
}
