/**
 * Statuses and activity types in a tracker's own words, mapped to the plan's by meaning.
 *
 * A word the vocabulary lists ("OK'd", "Done", "Turned down") maps surely; a value that only
 * holds such a word among others ("Waiting on vendor", "Approved - pending PO") maps by
 * similarity, and the import lists it for the user to look at. Negations are looked for first,
 * so "Not approved" is never read as approved.
 */
import type { ClaimStatus, TacticStatus } from "../../../model/schema";
import { labelWords } from "../labels";

/** How a value was mapped. */
export type WordHow = "exact" | "similar";

/** A value mapped to one of the plan's words. */
export interface WordMatch<T extends string> {
  readonly value: T;
  readonly how: WordHow;
}

/** A cell's text as comparable words: "OK'd" -> "okd", "Turned-Down" -> "turned down". */
export function valueWords(text: string): string[] {
  return labelWords(text.replace(/['’`]/g, ""));
}

type Vocabulary<T extends string> = readonly (readonly [T, readonly string[]])[];

/**
 * Tactic statuses by meaning; the order is the order keywords are looked for in longer values.
 * German, French and Spanish words are written as `valueWords` reads them: without accents
 * ("Annulé" is "annule", "in Prüfung" is "in prufung").
 */
const TACTIC_STATUS_WORDS: Vocabulary<TacticStatus> = [
  ["Rejected", ["rejected", "reject", "declined", "decline", "denied", "turned down", "refused", "not approved", "disapproved", "nixed", "no", "n", "abgelehnt", "rejete", "refuse", "rechazado", "denegado"]],
  ["Cancelled", ["cancelled", "canceled", "cancel", "withdrawn", "dropped", "void", "voided", "abandoned", "called off", "scrapped", "killed", "storniert", "abgesagt", "annule", "cancelado", "anulado"]],
  ["Completed", ["completed", "complete", "done", "erledigt", "abgeschlossen", "durchgefuhrt", "executed", "finished", "delivered", "closed", "ran", "held", "claimed", "paid", "reimbursed", "wrapped", "wrapped up", "termine", "realise", "effectue", "completado", "terminado", "realizado", "finalizado", "bezahlt", "ausgezahlt", "erstattet", "uberwiesen", "paye", "rembourse", "pagado", "reembolsado", "abonado"]],
  ["Approved", ["approved", "approve", "genehmigt", "freigegeben", "ok", "okd", "okay", "accepted", "authorized", "authorised", "yes", "y", "go", "greenlit", "green lit", "green lighted", "pre approved", "preapproved", "confirmed", "funded", "granted", "committed", "signed off", "agreed", "in progress", "running", "live", "scheduled", "booked", "approuve", "valide", "accepte", "aprobado", "aceptado", "en cours", "en curso"]],
  ["Submitted", ["submitted", "pending", "offen", "beantragt", "waiting", "awaiting", "in review", "under review", "requested", "new", "open", "tbd", "proposed", "on hold", "sent", "received", "pending approval", "awaiting approval", "eingereicht", "in prufung", "soumis", "en attente", "pendiente", "enviado", "solicitado", "presentado"]],
  ["Draft", ["draft", "planned", "idea", "tentative", "not submitted", "in preparation", "not started", "wip", "entwurf", "geplant", "brouillon", "prevu", "planifie", "borrador", "planificado", "previsto"]],
];

/** Claim statuses by meaning. */
const CLAIM_STATUS_WORDS: Vocabulary<ClaimStatus> = [
  ["Rejected", ["rejected", "reject", "declined", "denied", "refused", "turned down", "not approved", "disputed", "invalid", "no", "abgelehnt", "rejete", "refuse", "rechazado", "denegado"]],
  ["Draft", ["draft", "not submitted", "in preparation", "not started", "to do", "todo", "wip", "entwurf", "brouillon", "borrador"]],
  ["Paid", ["paid", "reimbursed", "settled", "remitted", "payment sent", "paid out", "credited", "credit issued", "closed", "bezahlt", "ausgezahlt", "erstattet", "uberwiesen", "paye", "rembourse", "pagado", "reembolsado", "abonado"]],
  ["Approved", ["approved", "ok", "okd", "okay", "accepted", "validated", "verified", "audited", "payable", "pending payment", "awaiting payment", "approved for payment", "yes", "genehmigt", "freigegeben", "approuve", "valide", "accepte", "aprobado", "aceptado", "validado"]],
  ["Submitted", ["submitted", "pending", "in review", "under review", "received", "filed", "waiting", "awaiting", "open", "sent", "claimed", "new", "in audit", "eingereicht", "beantragt", "offen", "in prufung", "soumis", "en attente", "en cours", "recu", "enviado", "presentado", "pendiente", "en revision", "recibido"]],
];

interface Prepared<T extends string> {
  /** Answers given so far, by the cell's text: a tracker repeats a few statuses over many rows. */
  readonly answers: Map<string, WordMatch<T> | undefined>;
  readonly exact: ReadonlyMap<string, T>;
  /** Keywords of two or more letters, longest first, with what they mean. */
  readonly keywords: readonly (readonly [readonly string[], T])[];
}

function prepare<T extends string>(vocabulary: Vocabulary<T>): Prepared<T> {
  const exact = new Map<string, T>();
  const keywords: [string[], T][] = [];
  for (const [value, words] of vocabulary) {
    for (const word of [value, ...words]) {
      const phrase = valueWords(word).join(" ");
      if (!exact.has(phrase)) exact.set(phrase, value);
      if (phrase.length >= 2 && phrase !== "no" && phrase !== "n" && phrase !== "y") keywords.push([valueWords(word), value]);
    }
  }
  // Vocabulary order first (negations before approvals), then longer phrases first.
  return { answers: new Map(), exact, keywords };
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((w, k) => words[i + k] === w)) return true;
  return false;
}

function lookup<T extends string>(prepared: Prepared<T>, text: string): WordMatch<T> | undefined {
  if (prepared.answers.has(text)) return prepared.answers.get(text);
  const answer = meaning(prepared, text);
  // Bounded: a column of free text must not grow the memory without end.
  if (prepared.answers.size < 10_000) prepared.answers.set(text, answer);
  return answer;
}

function meaning<T extends string>(prepared: Prepared<T>, text: string): WordMatch<T> | undefined {
  const words = valueWords(text);
  if (words.length === 0) return undefined;
  const exact = prepared.exact.get(words.join(" "));
  if (exact) return { value: exact, how: "exact" };
  for (const [phrase, value] of prepared.keywords) if (containsPhrase(words, phrase)) return { value, how: "similar" };
  return undefined;
}

const TACTIC_STATUSES = prepare(TACTIC_STATUS_WORDS);
const CLAIM_STATUSES = prepare(CLAIM_STATUS_WORDS);

/** The tactic status a tracker's word means, or undefined when it means none. */
export function tacticStatusOf(text: string): WordMatch<TacticStatus> | undefined {
  return lookup(TACTIC_STATUSES, text);
}

/** The claim status a tracker's word means, or undefined when it means none. */
export function claimStatusOf(text: string): WordMatch<ClaimStatus> | undefined {
  return lookup(CLAIM_STATUSES, text);
}
