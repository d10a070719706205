/**
 * Tracker activities become linked plan rows (SPEC section 9): a Partner per partner, an
 * Initiative per initiative (or one for all when the tracker has none), a Joint Plan row per
 * partner x initiative used, and per activity a Tactic, an Allocation when an approved amount
 * is above zero, a Claim when a claimed amount is there, and an Outcome per filled result
 * column, each tied to its tactic, partner and initiative.
 *
 * Nothing is invented: a fact the tracker does not hold stays blank and is listed for review.
 * One fact is derived by a stated rule and listed as a note: results are dated at their
 * activity's End (or Start) unless the tracker has a results date. IDs of an activity's allocation, claim and outcomes are made from
 * its tactic's ID ("AL-T-001", "CL-T-001", "OC-T-001-REV"), so importing the same tracker again
 * finds and updates them instead of adding them twice.
 */
import { dateFromDay } from "../../../model/dates";
import type { Day } from "../../../model/dates";
import { idKey, pairKey } from "../../../model/ids";
import type { Cents } from "../../../model/money";
import { centsToUnits } from "../../../model/money";
import type { TableName } from "../../../model/schema";
import { DEFAULT_ID_PREFIX, generateIds } from "../generateIds";
import type { ActivityRow } from "./activityRow";
import { REPEATED_ROW, RepeatedRows } from "./activityRow";
import type { ExistingPlan, PlanTactic } from "./existingPlan";
import { nameKey } from "./existingPlan";
import type { ResultField, TrackerField } from "./fields";
import { fieldKind, RESULT_FIELDS } from "./fields";
import type { ImportRow, ReviewItem } from "./importTypes";
import type { ColumnMapping } from "./mapColumns";
import type { Party } from "./parties";
import { Parties } from "./parties";
import { ReviewList } from "./reviewList";
import { ActivityWords } from "./activityWords";
import { initiativeRows, pairRows, typeRows, yearsSpanned } from "./listRows";
import { reportMissingColumns } from "./missingColumns";
import { trackerCell } from "./trackerCell";

/** What the rows are built from besides the activities. */
export interface BuildContext {
  readonly columns: readonly ColumnMapping[];
  readonly existing: ExistingPlan;
  /** The initiative every activity goes under when the tracker has no initiative column. */
  readonly initiativeName: string;
  readonly sheet: string;
  /** The sheet column (1-based) of the tracker grid's first column; 1 when absent. */
  readonly firstColumn?: number;
}

/** The plan rows and what the user should know about them. */
export interface BuiltRows {
  readonly rows: ImportRow[];
  readonly review: ReviewItem[];
  readonly notes: string[];
  /** The activities that became tactics (those naming no partner did not). */
  readonly imported: readonly ActivityRow[];
  readonly newTacticTypes: string[];
  readonly period: { readonly start: Day; readonly end: Day } | undefined;
}

const OUTCOME_SUFFIX: Readonly<Record<ResultField, string>> = { revenue: "REV", pipeline: "PIPE", opportunities: "OPP", leads: "LEAD", deals: "DEAL" };
/** Results counted in money (the rest are counts). */
const MONEY_RESULTS = new Set<ResultField>(["revenue", "pipeline"]);

function units(cents: Cents | undefined): number | undefined {
  return cents === undefined ? undefined : centsToUnits(cents);
}

/** Builds the rows; see the module comment. */
export function buildRows(activities: readonly ActivityRow[], context: BuildContext): BuiltRows {
  return new RowBuilder(activities, context).build();
}

/** Facts of a claim besides its amount. */
const CLAIM_FACTS: readonly TrackerField[] = ["claimId", "claimApproved", "claimDate", "claimStatus", "paidOn", "proof"];

/**
 * True when the row holds a claim: any claimed amount, a negative one (a credit, or a rejected
 * claim written in brackets) included, as the check then reports it; a zero only with another
 * fact of the claim (its status, date...), since a column of formulas shows 0 where nothing was claimed.
 */
function makesClaim(activity: ActivityRow): boolean {
  if (activity.unreadableValue("claimed") !== undefined) return true;
  const claimed = activity.cents("claimed");
  if (claimed === undefined) return false;
  return claimed !== 0 || CLAIM_FACTS.some((f) => activity.has(f));
}

class RowBuilder {
  private readonly mapped: ReadonlySet<TrackerField>;
  private readonly review = new ReviewList();
  private readonly notes: string[] = [];
  private readonly partners: Parties;
  private readonly initiatives: Parties;
  private readonly words: ActivityWords;
  private readonly pairs = new Map<string, { partner: Party; initiative: Party }>();
  private readonly budgets = new Map<Party, { cents: Cents; row: number }>();
  /** Rows read so far of each activity (by tactic ID key): a tracker of claims repeats its activity. */
  private readonly parts = new Map<string, number>();
  private readonly partnerFacts = new Map<Party, Map<string, string>>();
  /** The plan's tactics by ID key. */
  private readonly planTactics: ReadonlyMap<string, PlanTactic>;
  private first: Day | undefined;
  private last: Day | undefined;

  constructor(
    private readonly activities: readonly ActivityRow[],
    private readonly context: BuildContext,
  ) {
    this.mapped = new Set(context.columns.flatMap((c) => (c.field ? [c.field] : [])));
    const { existing } = context;
    const capacity = Math.max(1, activities.length);
    this.partners = new Parties("JmpPartners", { byName: existing.partnerByName, byId: existing.partnerById, ids: existing.ids.get("JmpPartners") ?? [] }, capacity);
    this.initiatives = new Parties("JmpInitiatives", { byName: existing.initiativeByName, byId: existing.initiativeById, ids: existing.ids.get("JmpInitiatives") ?? [] }, capacity);
    this.words = new ActivityWords(existing.tacticTypes, this.mapped, this.review);
    this.planTactics = new Map(existing.tactics.map((t) => [idKey(t.id), t]));
  }

  build(): BuiltRows {
    reportMissingColumns(this.mapped, this.context, this.review, this.notes);
    // An ID cell holding a partner's name finds that partner wherever its ID row comes.
    this.partners.learnNames(this.activities.map((a) => [a.text("partnerId"), a.text("partner")]));
    const tacticIds = this.tacticIds();
    const activityRows: ImportRow[] = [];
    const imported: ActivityRow[] = [];
    let above: Party | undefined;
    const repeats = new RepeatedRows();
    this.activities.forEach((activity, i) => {
      if (repeats.isRepeat(activity)) this.review.add("keptRow", REPEATED_ROW, activity.row);
      let partner = this.partners.resolve(activity.text("partnerId"), activity.text("partner"));
      if (!partner && above) {
        // A partner merged down over its rows, or named once at the top of its group.
        this.review.add("valueMapped", `No partner on the row: taken from the row above (${above.name})`, activity.row);
        partner = above;
      }
      if (!partner) {
        this.review.add("skippedRow", "An activity that names no partner was not imported", activity.row);
        return;
      }
      above = partner;
      imported.push(activity);
      this.partnerFactsOf(partner, activity);
      const id = tacticIds[i];
      const initiative = this.initiativeOf(activity, id);
      if (initiative) this.pairs.set(pairKey(idKey(partner.id), idKey(initiative.id)), { partner, initiative });
      this.reportUnreadable(activity);
      const part = (this.parts.get(idKey(id)) ?? 0) + 1;
      this.parts.set(idKey(id), part);
      if (part > 1) this.review.add("valueMapped", `Rows repeating activity ${id}: read as its further claims and results (the activity and its approved amount are taken from its first row)`, activity.row);
      for (const row of this.activityRows(activity, id, partner, initiative, part)) activityRows.push(row);
    });
    for (const remark of this.partners.remarks()) this.review.add("valueMapped", remark);
    return {
      // concat, not push(...rows): a big tracker makes more rows than a call takes arguments.
      rows: [...this.partnerRows(), ...initiativeRows(this.initiatives.all()), ...typeRows(this.words.addedTypes(), this.context.sheet), ...pairRows(this.pairs, this.context.existing.pairs)].concat(activityRows),
      review: this.review.items(),
      notes: this.notes,
      imported,
      newTacticTypes: this.words.addedTypes(),
      period: this.first !== undefined && this.last !== undefined ? yearsSpanned(this.first, this.last) : undefined,
    };
  }

  /** Each activity's tactic ID: the tracker's, the plan's for the same activity, or a new one. */
  private tacticIds(): string[] {
    const { existing } = this.context;
    const byActivity = new Map<string, string>();
    for (const t of existing.tactics) byActivity.set(`${t.partnerKey}|${nameKey(t.description)}|${t.start ?? ""}`, t.id);
    const taken = new Set((existing.ids.get("JmpTactics") ?? []).map(idKey));
    const ids: (string | undefined)[] = this.activities.map((a) => {
      const own = a.text("activityId");
      if (own !== "") return own;
      const partner = this.partners.resolve(a.text("partnerId"), a.text("partner"));
      if (!partner) return undefined;
      return byActivity.get(`${idKey(partner.id)}|${nameKey(a.text("activity"))}|${a.day("start") ?? ""}`);
    });
    for (const id of ids) if (id) taken.add(idKey(id));
    const fresh = generateIds([...(existing.ids.get("JmpTactics") ?? []), ...ids.filter((id): id is string => id !== undefined)], ids.filter((id) => !id).length, DEFAULT_ID_PREFIX.JmpTactics);
    let next = 0;
    return ids.map((id) => id ?? fresh[next++]);
  }

  /**
   * The activity's initiative: the tracker's; without an initiative column, the plan's for a
   * tactic the plan already has (undefined when blank there), so an import never moves a tactic
   * to the default initiative; else the default one.
   */
  private initiativeOf(activity: ActivityRow, tacticId: string): Party | undefined {
    if (this.mapped.has("initiative") || this.mapped.has("initiativeId")) {
      return this.initiatives.resolve(activity.text("initiativeId"), activity.text("initiative")) ?? this.defaultInitiative();
    }
    const planned = this.planTactics.get(idKey(tacticId));
    if (!planned) return this.defaultInitiative();
    return planned.initiativeId === "" ? undefined : this.initiatives.resolve(planned.initiativeId, "");
  }

  private defaultInitiative(): Party {
    return this.initiatives.resolve("", this.context.initiativeName) as Party;
  }

  private partnerFactsOf(partner: Party, activity: ActivityRow): void {
    let facts = this.partnerFacts.get(partner);
    if (!facts) this.partnerFacts.set(partner, (facts = new Map()));
    for (const field of ["tier", "region", "channelManager"] as const) if (!facts.has(field) && activity.has(field)) facts.set(field, activity.text(field));
    const budget = activity.cents("partnerBudget");
    if (budget === undefined) return;
    const seen = this.budgets.get(partner);
    if (!seen) this.budgets.set(partner, { cents: budget, row: activity.row });
    else if (seen.cents !== budget) this.review.add("conflict", `${partner.name}: MDF budget ${centsToUnits(seen.cents)} (row ${seen.row}) and ${centsToUnits(budget)} disagree; the first is used`, activity.row);
  }

  private reportUnreadable(activity: ActivityRow): void {
    for (const u of activity.unreadable) {
      const cell = trackerCell(this.context.sheet, this.context.firstColumn ?? 1, u.index, activity.row);
      const copied = activity.has(u.field) ? "copied as it is" : "left blank";
      const what = u.error ? `holds the error ${String(u.raw)}` : `"${String(u.raw)}" is not ${fieldKind(u.field) === "date" ? "a date" : "a number"}`;
      this.review.add("unreadable", `${u.column} ${what} (cell ${cell}); ${copied}`, activity.row, u.column);
    }
  }

  /** A money field's value for the plan: units, or the unreadable cell as it is, or undefined. */
  private amount(activity: ActivityRow, field: TrackerField): unknown {
    return units(activity.cents(field)) ?? activity.unreadableValue(field);
  }

  private date(activity: ActivityRow, field: TrackerField): unknown {
    const day = activity.day(field);
    return day !== undefined ? dateFromDay(day) : activity.unreadableValue(field);
  }

  /**
   * The plan rows of one tracker row; `part` is 1 for an activity's first row, more for the rows
   * after it that repeat its ID (a tracker of claims), which add only their claim and results.
   * A row the plan already has takes only what the tracker's cells say: a value the import
   * supplies for want of a column (a default status, type or date) goes into new rows only.
   */
  private activityRows(activity: ActivityRow, tacticId: string, partner: Party, initiative: Party | undefined, part: number): ImportRow[] {
    const existingRows = this.context.existing.rows;
    const planRow = (table: TableName, id: string) => existingRows.get(table)?.get(idKey(id));
    const row = (table: TableName, id: string, cells: [string, unknown][]): ImportRow => ({
      table,
      id,
      cells: new Map(cells.filter(([, v]) => v !== undefined && v !== "")),
      sourceRow: activity.row,
      planRow: planRow(table, id),
    });
    const start = activity.day("start");
    const end = activity.day("end");
    const from = start ?? end;
    const to = end ?? start;
    if (from !== undefined) this.first = this.first === undefined ? from : Math.min(this.first, from);
    if (to !== undefined) this.last = this.last === undefined ? to : Math.max(this.last, to);
    const authorized = activity.cents("authorized");
    const tacticInPlan = planRow("JmpTactics", tacticId) !== undefined;
    const tactic = row("JmpTactics", tacticId, [
      ["tacticId", tacticId],
      ["partnerId", partner.id],
      ["initiativeId", initiative?.id],
      ["tacticType", this.words.tacticType(activity, tacticInPlan)],
      ["description", activity.text("activity")],
      ["start", start !== undefined ? dateFromDay(start) : activity.unreadableValue("start")],
      ["end", end !== undefined ? dateFromDay(end) : activity.unreadableValue("end")],
      ["totalCost", this.amount(activity, "totalCost")],
      ["mdfRequested", this.amount(activity, "requested")],
      ["status", this.words.tacticStatus(activity, authorized, tacticInPlan)],
      ["expectedPipeline", this.amount(activity, "expectedPipeline")],
      ["expectedRevenue", this.amount(activity, "expectedRevenue")],
    ]);
    const out: ImportRow[] = part === 1 ? [tactic] : [];
    const suffix = part === 1 ? "" : `-${part}`;
    // A negative approved amount is imported as the tracker has it (the check reports it); zero allocates nothing.
    if (part === 1 && ((authorized !== undefined && authorized !== 0) || activity.unreadableValue("authorized") !== undefined)) {
      const id = `AL-${tacticId}`;
      const status = tactic.cells.get("status");
      if (status === "Rejected" || status === "Cancelled") {
        this.review.add("conflict", `An activity ${String(status).toLowerCase()} in the tracker has approved funds: the allocation is imported as the tracker has it (the check reports it)`, activity.row);
      }
      out.push(row("JmpAllocations", id, [
        ["allocationId", id],
        ["partnerId", partner.id],
        ["tacticId", tacticId],
        ["amount", this.amount(activity, "authorized")],
        ["authorizedOn", this.date(activity, "authorizedOn")],
        ["authorizedBy", activity.text("authorizedBy")],
      ]));
    }
    if (makesClaim(activity)) {
      const id = activity.text("claimId") || `CL-${tacticId}${suffix}`;
      out.push(row("JmpClaims", id, [
        ["claimId", id],
        ["tacticId", tacticId],
        ["amountClaimed", this.amount(activity, "claimed")],
        ["amountApproved", this.amount(activity, "claimApproved")],
        ["submittedOn", this.date(activity, "claimDate")],
        ["status", this.words.claimStatus(activity, planRow("JmpClaims", id) !== undefined)],
        ["paidOn", this.date(activity, "paidOn")],
        ["proofOfPerformance", activity.text("proof")],
      ]));
    }
    const resultDay = activity.day("outcomeDate") ?? end ?? start;
    for (const field of Object.keys(RESULT_FIELDS) as ResultField[]) {
      if (!activity.has(field)) continue;
      const value = MONEY_RESULTS.has(field) ? this.amount(activity, field) : activity.count(field) ?? activity.unreadableValue(field);
      const id = `OC-${tacticId}-${OUTCOME_SUFFIX[field]}${suffix}`;
      // The date by the stated rule (End, else Start) is a default: an outcome the plan has keeps its own.
      const dated = this.mapped.has("outcomeDate") || planRow("JmpOutcomes", id) === undefined;
      out.push(row("JmpOutcomes", id, [
        ["outcomeId", id],
        ["partnerId", partner.id],
        ["initiativeId", initiative?.id],
        ["tacticId", tacticId],
        ["metric", RESULT_FIELDS[field]],
        ["value", value],
        ["date", resultDay !== undefined && dated ? dateFromDay(resultDay) : undefined],
      ]));
    }
    return out;
  }

  private partnerRows(): ImportRow[] {
    return this.partners.all().filter((p) => !p.known).map((p) => {
      const facts = this.partnerFacts.get(p) ?? new Map<string, string>();
      const budget = this.budgets.get(p);
      const cells = new Map<string, unknown>([["partnerId", p.id], ["partner", p.name]]);
      for (const [key, value] of facts) cells.set(key, value);
      if (budget) cells.set("mdfBudget", centsToUnits(budget.cents));
      return { table: "JmpPartners" as const, id: p.id, cells };
    });
  }
}
