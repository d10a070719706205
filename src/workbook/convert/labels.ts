/**
 * Header text of ad-hoc sheets reduced to comparable words: "Partner #", "partner_no." and
 * "PARTNER NUMBER" all become "partner number"; "MDF $" and "MDF ($)" become "mdf amount".
 */

/** Symbols that stand for a word in headers people type. */
const SYMBOL_WORDS: readonly [RegExp, string][] = [
  [/#/g, " number "],
  [/[$€£¥]/g, " amount "],
  [/%/g, " percent "],
  [/&/g, " and "],
  [/\+/g, " and "],
];

/** Abbreviations that mean the same word. */
const WORD_ALIASES: Readonly<Record<string, string>> = {
  no: "number",
  nr: "number",
  num: "number",
  amt: "amount",
  qty: "quantity",
  desc: "description",
  id: "id",
  ids: "id",
  dt: "date",
  mgr: "manager",
  est: "estimated",
  exp: "expected",
  req: "requested",
  reqd: "requested",
  approx: "estimated",
  opps: "opportunities",
  opp: "opportunity",
  rev: "revenue",
};

/** Camel case splits into words: "PartnerName" -> "Partner Name". */
function splitCamel(text: string): string {
  return text.replace(/([a-z])([A-Z])/g, "$1 $2");
}

/**
 * The words of a header, normalized (lower case, symbols as words, and with `aliases` the
 * abbreviations of headers resolved: "No." is "number" in a header, but "no" in a status).
 */
export function labelWords(header: unknown, aliases = true): string[] {
  if (typeof header !== "string" && typeof header !== "number") return [];
  let text = splitCamel(String(header));
  for (const [symbol, word] of SYMBOL_WORDS) text = text.replace(symbol, word);
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "")
    .map((w) => (aliases ? (WORD_ALIASES[w] ?? w) : w));
}

/** A header as one comparable string: its words joined by single spaces. */
export function normalizeLabel(header: unknown): string {
  return labelWords(header).join(" ");
}
