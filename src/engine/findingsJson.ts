/**
 * Findings as structured JSON (SPEC section 6's `issues`): next to the message, the IDs of the
 * rows the finding concerns (its own row's ID and the partner, initiative and tactic that row
 * names or belongs to) and, for a finding about money, its `amount` and the `limit` it passes,
 * in currency units, with the `currency` they are in. A finance pipeline reads these fields
 * instead of parsing the English.
 */
import type { Finding } from "../model/findings";
import type { Id, Maybe, Plan, Tactic } from "../model/plan";
import { centsToUnits } from "../model/money";
import { idKey } from "../model/ids";

/** The IDs a finding concerns, as written in the plan; only those that apply are present. */
export interface FindingIds {
  partner?: string;
  initiative?: string;
  tactic?: string;
  claim?: string;
  allocation?: string;
  outcome?: string;
}

/** One finding in the JSON report. */
export interface FindingJson {
  code: Finding["code"];
  severity: Finding["severity"];
  table: string;
  row: number | null;
  column: string | null;
  message: string;
  ids: FindingIds;
  /** The money the finding is about, in currency units; null for a finding about no amount. */
  amount: number | null;
  /** The limit the amount passes or falls short of, in currency units; null when there is none. */
  limit: number | null;
  /**
   * The ISO code of the currency of `amount` and `limit`: the plan's, or a partner's own (its
   * funding, claims and budget are compared in it); null when the finding has neither.
   */
  currency: string | null;
}

type RowIds = Map<number, FindingIds>;

/** Sets only the IDs a row has, so absent ones stay out of the JSON. */
function ids(entries: Partial<Record<keyof FindingIds, Maybe<Id>>>): FindingIds {
  const out: FindingIds = {};
  for (const [name, id] of Object.entries(entries) as [keyof FindingIds, Maybe<Id>][]) if (id) out[name] = id.text;
  return out;
}

/** Per table, per sheet row, the IDs of the row; a table is indexed only when a finding needs it. */
class RowDirectory {
  private readonly tables = new Map<string, RowIds>();
  private tacticsByKey?: Map<string, Tactic>;

  constructor(private readonly plan: Plan) {}

  private tactic(id: Maybe<Id>): Tactic | undefined {
    if (!id) return undefined;
    this.tacticsByKey ??= new Map(this.plan.tactics.filter((t) => t.id).map((t) => [(t.id as Id).key, t]));
    return this.tacticsByKey.get(id.key);
  }

  private build(table: string): RowIds {
    const p = this.plan;
    const rows: RowIds = new Map();
    switch (table) {
      case "JmpPartners":
        for (const r of p.partners) rows.set(r.row, ids({ partner: r.id }));
        break;
      case "JmpInitiatives":
        for (const r of p.initiatives) rows.set(r.row, ids({ initiative: r.id }));
        break;
      case "JmpJointPlan":
        for (const r of p.jointPlan) rows.set(r.row, ids({ partner: r.partnerId, initiative: r.initiativeId }));
        break;
      // Rows left out for repeating an ID (V08) are listed too: their findings name their IDs.
      case "JmpTactics":
        for (const r of [...p.tactics, ...(p.repeats?.tactics ?? [])]) rows.set(r.row, ids({ tactic: r.id, partner: r.partnerId, initiative: r.initiativeId }));
        break;
      case "JmpAllocations":
        for (const r of [...p.allocations, ...(p.repeats?.allocations ?? [])]) rows.set(r.row, ids({ allocation: r.id, partner: r.partnerId, tactic: r.tacticId, initiative: this.tactic(r.tacticId)?.initiativeId }));
        break;
      case "JmpClaims":
        // A claim names only its tactic: its partner and initiative are the tactic's.
        for (const r of [...p.claims, ...(p.repeats?.claims ?? [])]) {
          const t = this.tactic(r.tacticId);
          rows.set(r.row, ids({ claim: r.id, tactic: r.tacticId, partner: t?.partnerId, initiative: t?.initiativeId }));
        }
        break;
      case "JmpOutcomes":
        // A blank Initiative is the tactic's, as the outcome counts there.
        for (const r of [...p.outcomes, ...(p.repeats?.outcomes ?? [])]) rows.set(r.row, ids({ outcome: r.id, partner: r.partnerId, initiative: r.initiativeId ?? this.tactic(r.tacticId)?.initiativeId, tactic: r.tacticId }));
        break;
    }
    return rows;
  }

  /** The IDs of a finding's row, with the finding's own partner where the row names none. */
  of(f: Finding): FindingIds {
    let rows = this.tables.get(f.table);
    if (!rows) {
      rows = this.build(f.table);
      this.tables.set(f.table, rows);
    }
    const found = f.row === null ? undefined : rows.get(f.row);
    const out: FindingIds = { ...found };
    if (out.partner === undefined && f.partner !== null) out.partner = f.partner;
    return out;
  }
}

const units = (cents: number | undefined): number | null => (cents === undefined ? null : centsToUnits(cents));

/**
 * The findings about rows of initiative `initiativeKey` (an ID key), in their order: the rows
 * that name it, and claims and allocations through their tactic's; all of them without one.
 */
export function findingsOfInitiative(plan: Plan, findings: readonly Finding[], initiativeKey: string | undefined): readonly Finding[] {
  if (initiativeKey === undefined) return findings;
  const directory = new RowDirectory(plan);
  return findings.filter((f) => {
    const initiative = directory.of(f).initiative;
    return initiative !== undefined && idKey(initiative) === initiativeKey;
  });
}

/**
 * The partner of each finding: its own, or for a row left out for repeating an ID (V08), which
 * is filed under no partner while the plan is read, the one that row names (a claim's through
 * its tactic). For lists that show one, such as the Issues sheet; only those rows are looked up.
 */
export function findingPartners(plan: Plan): (finding: Finding) => string | null {
  let byRow: Map<string, Map<number, string>> | undefined;
  return (f) => {
    if (f.partner !== null || f.code !== "V08" || f.row === null) return f.partner;
    byRow ??= repeatedRowPartners(plan);
    return byRow.get(f.table)?.get(f.row) ?? null;
  };
}

/** Per table, per sheet row, the partner of each row left out for repeating an ID. */
function repeatedRowPartners(plan: Plan): Map<string, Map<number, string>> {
  const repeats = plan.repeats;
  const out = new Map<string, Map<number, string>>();
  if (!repeats) return out;
  const put = (table: string, row: number, partner: Maybe<Id>) => {
    if (!partner) return;
    if (!out.has(table)) out.set(table, new Map());
    out.get(table)!.set(row, partner.text);
  };
  for (const r of repeats.tactics) put("JmpTactics", r.row, r.partnerId);
  for (const r of repeats.allocations) put("JmpAllocations", r.row, r.partnerId);
  for (const r of repeats.outcomes) put("JmpOutcomes", r.row, r.partnerId);
  if (repeats.claims.length > 0) {
    const tactics = new Map(plan.tactics.filter((t) => t.id).map((t) => [(t.id as Id).key, t.partnerId]));
    for (const r of repeats.claims) put("JmpClaims", r.row, r.tacticId && tactics.get(r.tacticId.key));
  }
  return out;
}

/** The findings as JSON, in their order. */
export function findingsJson(plan: Plan, findings: readonly Finding[]): FindingJson[] {
  const directory = new RowDirectory(plan);
  const planCurrency = plan.settings.currency.code;
  return findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    table: f.table,
    row: f.row,
    column: f.column,
    message: f.message,
    ids: directory.of(f),
    amount: units(f.amount),
    limit: units(f.limit),
    currency: f.amount === undefined && f.limit === undefined ? null : (f.currency ?? planCurrency),
  }));
}
