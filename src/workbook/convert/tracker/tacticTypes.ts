/**
 * A tracker's activity types mapped onto the plan's own list of tactic types (template v2's
 * Tactic Types table). The same type in other words ("webinars", "E-mail") is that type; an
 * obvious synonym ("Webcast" -> Webinar, "Email" -> Email campaign, "Trade show booth" -> Trade
 * show) maps by similarity and is listed for review; anything else is a type of the vendor's
 * own taxonomy ("Paid Social") and is added to the plan's list rather than forced into one.
 */
import { TACTIC_TYPES } from "../../../model/schema";
import type { WordHow } from "./valueWords";
import { valueWords } from "./valueWords";

/** How a tracker's type was placed in the plan's list. */
export interface TypeMatch {
  /** The plan's type (as the plan spells it), or the tracker's word for a new type. */
  readonly type: string;
  readonly how: WordHow | "new";
}

/** Other names of the template's default types, by default type. */
const TYPE_SYNONYMS: Readonly<Record<(typeof TACTIC_TYPES)[number], readonly string[]>> = {
  Event: ["field event", "customer event", "roadshow", "road show", "seminar", "lunch and learn", "executive dinner", "dinner", "breakfast", "workshop", "meetup", "user group", "golf", "happy hour", "hackathon", "in person event", "partner event"],
  Webinar: ["webcast", "web seminar", "virtual event", "online event", "livestream", "live stream", "virtual seminar", "online seminar"],
  "Digital campaign": ["digital", "digital marketing", "digital ads", "online campaign", "ppc", "sem", "paid search", "search ads", "display", "display ads", "programmatic", "retargeting", "google ads", "digital advertising"],
  "Content syndication": ["syndication", "content", "whitepaper", "white paper", "ebook", "e book", "content marketing"],
  "Email campaign": ["email", "e mail", "emailing", "eblast", "e blast", "email blast", "newsletter", "mailing", "direct email", "email nurture", "nurture"],
  Telemarketing: ["telesales", "tele", "teleprospecting", "outbound calls", "call campaign", "calling campaign", "appointment setting", "call blitz", "inside sales"],
  "Trade show": ["tradeshow", "expo", "exhibition", "trade fair", "booth", "conference booth", "exhibit"],
  Training: ["enablement", "sales training", "certification", "bootcamp", "boot camp", "technical training"],
  Advertising: ["ads", "ad", "print", "print ad", "radio", "tv", "billboard", "outdoor", "advert", "adverts"],
  Other: ["misc", "miscellaneous", "various"],
};

function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

function key(text: string): string[] {
  return valueWords(text).map(singular);
}

/** Words too general to place a type by ("campaign" is in two defaults). */
const GENERAL = new Set(["campaign", "marketing", "program", "activity", "other", "paid", "online", "virtual", "partner", "customer"]);

function containsAll(words: readonly string[], part: readonly string[]): boolean {
  const set = new Set(words);
  return part.length > 0 && part.every((w) => set.has(w));
}

/** Maps tracker types onto a plan's list; built once per import. */
export class TacticTypeMapper {
  private readonly exact = new Map<string, string>();
  private readonly synonyms = new Map<string, string>();
  private readonly types: { readonly type: string; readonly words: readonly string[] }[];
  /** Each tracker spelling's answer: a tracker repeats a handful of types over many rows. */
  private readonly answers = new Map<string, TypeMatch | undefined>();

  constructor(planTypes: readonly string[]) {
    this.types = planTypes.map((type) => ({ type, words: key(type) }));
    for (const t of this.types) this.exact.set(t.words.join(" "), t.type);
    for (const [base, words] of Object.entries(TYPE_SYNONYMS)) {
      const type = this.exact.get(key(base).join(" "));
      if (!type) continue;
      for (const word of words) this.synonyms.set(key(word).join(" "), type);
    }
  }

  /** Where the tracker's type `text` goes; undefined for a blank value. */
  map(text: string): TypeMatch | undefined {
    if (this.answers.has(text)) return this.answers.get(text);
    const answer = this.place(text);
    // Bounded: a column of free text must not grow the memory without end.
    if (this.answers.size < 10_000) this.answers.set(text, answer);
    return answer;
  }

  private place(text: string): TypeMatch | undefined {
    const words = key(text);
    if (words.length === 0) return undefined;
    const phrase = words.join(" ");
    const exact = this.exact.get(phrase);
    if (exact) return { type: exact, how: "exact" };
    const synonym = this.synonyms.get(phrase);
    if (synonym) return { type: synonym, how: "similar" };
    const specific = words.filter((w) => !GENERAL.has(w));
    const candidates = this.types.filter((t) => {
      const own = t.words.filter((w) => !GENERAL.has(w));
      // "Trade show booth" holds "trade show"; "Email" is the specific part of "Email campaign".
      return own.length > 0 && (containsAll(words, own) || (specific.length > 0 && containsAll(own, specific)));
    });
    if (candidates.length === 1) return { type: candidates[0].type, how: "similar" };
    const bySynonym = [...this.synonyms].filter(([s]) => s.split(" ").length >= 1 && containsAll(words, s.split(" ")) && s.length >= 4).map(([, type]) => type);
    if (new Set(bySynonym).size === 1) return { type: bySynonym[0], how: "similar" };
    return { type: text.trim().replace(/\s+/g, " "), how: "new" };
  }
}
