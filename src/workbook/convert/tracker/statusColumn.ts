/**
 * What a bare "Status" column describes. Its header fits an activity's status and a claim's
 * alike, so its words decide: a payment word ("Paid", "Reimbursed") only fits a claim, a word
 * like "Completed", "Cancelled" or "Planned" only an activity, and "Approved", "Submitted",
 * "Rejected" or "Draft" fit both. A column holding claim words and none of an activity's, in a
 * tracker with claim amounts, is the claims' status; one holding only words that fit both is
 * read as the activity's status and listed for the user to check.
 */
import { labelWords } from "../labels";
import type { ReviewItem } from "./importTypes";
import type { ColumnMapping } from "./mapColumns";
import { readText } from "./trackerValues";
import { claimStatusOf, tacticStatusOf } from "./valueWords";

/** Headers that name a status without saying whose. */
const BARE_HEADERS = new Set(["status", "state", "stage", "current status"]);

/** Confidence of a status column read as the claims' by its words. */
const CLAIM_WORDS_CONFIDENCE = 0.9;

/** Payment words that end an activity as well: "Closed" says nothing of whose status it is. */
const SHARED_PAYMENT_WORDS = new Set(["closed"]);

/** True when `text` is a claim's status that no activity has: a claim paid. */
export function fitsOnlyClaims(text: string): boolean {
  const match = claimStatusOf(text);
  return match?.how === "exact" && match.value === "Paid" && !SHARED_PAYMENT_WORDS.has(labelWords(text).join(" "));
}

/** True when `text` is an activity's status that no claim has ("Completed", "Cancelled", "Planned"). */
export function fitsOnlyTactics(text: string): boolean {
  return tacticStatusOf(text)?.how === "exact" && claimStatusOf(text)?.how !== "exact";
}

/** True when a column's header names a status without saying an activity's or a claim's. */
export function isBareStatusHeader(header: string): boolean {
  return BARE_HEADERS.has(labelWords(header).join(" "));
}

/** The column mapping after the decision, and what the user should know about it. */
export interface StatusDecision {
  readonly columns: ColumnMapping[];
  readonly review: ReviewItem[];
}

function distinctWords(rows: readonly (readonly unknown[])[], index: number, test: (text: string) => boolean): string[] {
  const seen = new Map<string, string>();
  for (const row of rows) {
    const text = readText(row[index]);
    if (text !== "" && test(text) && !seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
  }
  return [...seen.values()];
}

const quoted = (words: readonly string[]) => words.slice(0, 4).map((w) => `"${w}"`).join(", ");

/**
 * Decides what a bare status column the header matching took for the activity's status
 * describes; `rows` are the data rows. A column the user or a saved mapping chose keeps its field.
 */
export function decideStatusColumn(columns: readonly ColumnMapping[], rows: readonly (readonly unknown[])[]): StatusDecision {
  const out = [...columns];
  const status = out.find((c) => c.field === "tacticStatus" && (c.by === "header" || c.by === "values") && (c.by === "values" || isBareStatusHeader(c.header)));
  const hasClaimStatus = out.some((c) => c.field === "claimStatus");
  const hasClaimAmounts = out.some((c) => c.field === "claimed" || c.field === "claimApproved");
  if (!status || hasClaimStatus || !hasClaimAmounts) return { columns: out, review: [] };

  const claimWords = distinctWords(rows, status.index, fitsOnlyClaims);
  const tacticWords = distinctWords(rows, status.index, fitsOnlyTactics);
  const column = status.header;
  if (claimWords.length > 0 && tacticWords.length === 0) {
    out[status.index] = { ...status, field: "claimStatus", confidence: CLAIM_WORDS_CONFIDENCE, by: "values" };
    const message = `Column "${column}" holds claim statuses (${quoted(claimWords)}) and the tracker has claim amounts: read as Claim status. The tracker has no activity status, so a tactic is Approved when it has an approved amount, else Submitted`;
    return { columns: out, review: [{ kind: "missingFact", message, column }] };
  }
  if (tacticWords.length > 0 && claimWords.length === 0) return { columns: out, review: [] };
  const shared = distinctWords(rows, status.index, (t) => claimStatusOf(t)?.how === "exact" && tacticStatusOf(t)?.how === "exact");
  if (claimWords.length === 0 && shared.length === 0) return { columns: out, review: [] };
  const why = claimWords.length > 0 ? `holds both claim statuses (${quoted(claimWords)}) and activity statuses (${quoted(tacticWords)})` : `holds only words that fit an activity's status and a claim's alike (${quoted(shared)})`;
  const message = `Column "${column}" ${why}, and the tracker has claim amounts: read as the activity's Status. If it is the claims' status, map it to Claim status`;
  return { columns: out, review: [{ kind: "lowConfidence", message, column, remap: "claimStatus" }] };
}
