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
  return labelWords(text.replace(/['’`]/g, ""), false);
}

type Vocabulary<T extends string> = readonly (readonly [T, readonly string[]])[];

/**
 * Tactic statuses by meaning; the order is the order keywords are looked for in longer values.
 * German, French and Spanish words are written as `valueWords` reads them: without accents
 * ("Annulé" is "annule", "in Prüfung" is "in prufung").
 */
const TACTIC_STATUS_WORDS: Vocabulary<TacticStatus> = [
  ["Rejected", ["rejected", "reject", "declined", "decline", "denied", "turned down", "refused", "not approved", "disapproved", "nixed", "no", "n", "abgelehnt", "rejete", "rejetee", "refuse", "refusee", "non approuve", "non approuvee", "nicht genehmigt", "rechazado", "rechazada", "denegado", "denegada", "no aprobado", "no aprobada"]],
  ["Cancelled", ["cancelled", "canceled", "cancel", "withdrawn", "dropped", "void", "voided", "abandoned", "called off", "scrapped", "killed", "storniert", "abgesagt", "annule", "annulee", "cancelado", "cancelada", "anulado", "anulada"]],
  ["Completed", ["completed", "complete", "done", "erledigt", "abgeschlossen", "durchgefuhrt", "executed", "finished", "delivered", "closed", "ran", "held", "claimed", "paid", "reimbursed", "wrapped", "wrapped up", "termine", "terminee", "realise", "realisee", "effectue", "effectuee", "completado", "completada", "terminado", "terminada", "realizado", "realizada", "finalizado", "finalizada", "bezahlt", "ausgezahlt", "erstattet", "uberwiesen", "paye", "payee", "rembourse", "remboursee", "pagado", "pagada", "reembolsado", "reembolsada", "abonado", "abonada"]],
  ["Approved", ["approved", "approve", "genehmigt", "freigegeben", "ok", "okd", "okay", "accepted", "authorized", "authorised", "yes", "y", "go", "greenlit", "green lit", "green lighted", "pre approved", "preapproved", "confirmed", "funded", "granted", "committed", "signed off", "agreed", "in progress", "running", "live", "scheduled", "booked", "approuve", "approuvee", "valide", "validee", "accepte", "acceptee", "aprobado", "aprobada", "aceptado", "aceptada", "en cours", "en curso"]],
  ["Submitted", ["submitted", "pending", "offen", "beantragt", "waiting", "awaiting", "in review", "under review", "requested", "new", "open", "tbd", "proposed", "on hold", "sent", "received", "pending approval", "awaiting approval", "eingereicht", "in prufung", "soumis", "soumise", "en attente", "pendiente", "enviado", "enviada", "solicitado", "solicitada", "presentado", "presentada"]],
  ["Draft", ["draft", "planned", "idea", "tentative", "not submitted", "in preparation", "not started", "wip", "entwurf", "geplant", "brouillon", "prevu", "prevue", "planifie", "planifiee", "borrador", "planificado", "planificada", "previsto", "prevista"]],
];

/** Claim statuses by meaning. */
const CLAIM_STATUS_WORDS: Vocabulary<ClaimStatus> = [
  ["Rejected", ["rejected", "reject", "declined", "denied", "refused", "turned down", "not approved", "disputed", "invalid", "no", "abgelehnt", "rejete", "rejetee", "refuse", "refusee", "non approuve", "non approuvee", "nicht genehmigt", "rechazado", "rechazada", "denegado", "denegada", "no aprobado", "no aprobada"]],
  ["Draft", ["draft", "not submitted", "in preparation", "not started", "to do", "todo", "wip", "entwurf", "brouillon", "borrador"]],
  ["Paid", ["paid", "reimbursed", "settled", "remitted", "payment sent", "paid out", "credited", "credit issued", "closed", "bezahlt", "ausgezahlt", "erstattet", "uberwiesen", "paye", "payee", "rembourse", "remboursee", "pagado", "pagada", "reembolsado", "reembolsada", "abonado", "abonada"]],
  ["Approved", ["approved", "ok", "okd", "okay", "accepted", "validated", "verified", "audited", "payable", "pending payment", "awaiting payment", "approved for payment", "yes", "genehmigt", "freigegeben", "approuve", "approuvee", "valide", "validee", "accepte", "acceptee", "aprobado", "aprobada", "aceptado", "aceptada", "validado", "validada"]],
  ["Submitted", ["submitted", "pending", "in review", "under review", "received", "filed", "waiting", "awaiting", "open", "sent", "claimed", "new", "in audit", "eingereicht", "beantragt", "offen", "in prufung", "soumis", "soumise", "en attente", "en cours", "recu", "recue", "enviado", "enviada", "presentado", "presentada", "pendiente", "en revision", "recibido", "recibida"]],
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

/** Where `phrase` first stands in `words`, or -1. */
function phraseAt(words: readonly string[], phrase: readonly string[]): number {
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((w, k) => words[i + k] === w)) return i;
  return -1;
}

function lookup<T extends string>(prepared: Prepared<T>, text: string): WordMatch<T> | undefined {
  if (prepared.answers.has(text)) return prepared.answers.get(text);
  const answer = meaning(prepared, text);
  // Bounded: a column of free text must not grow the memory without end.
  if (prepared.answers.size < 10_000) prepared.answers.set(text, answer);
  return answer;
}

/** Words that turn what follows into its opposite ("Nicht genehmigt", "Non payé", "Not paid"). */
const NEGATIONS = new Set(["not", "nicht", "kein", "keine", "non", "pas", "no", "sin"]);

function meaning<T extends string>(prepared: Prepared<T>, text: string): WordMatch<T> | undefined {
  const words = valueWords(text);
  if (words.length === 0) return undefined;
  const exact = prepared.exact.get(words.join(" "));
  if (exact) return { value: exact, how: "exact" };
  for (const [phrase, value] of prepared.keywords) {
    const at = phraseAt(words, phrase);
    if (at < 0) continue;
    // A negated word is never read as itself: not understood, so the row is listed for review.
    return at > 0 && NEGATIONS.has(words[at - 1]) ? undefined : { value, how: "similar" };
  }
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
