/**
 * Month names as the plan's users write them, in the languages of the number conventions the
 * plan reads (English, German, French, Spanish, Italian, Dutch): a `Fiscal year start` of "Juli",
 * "juillet" or "Sept" names July or September as "July" does.
 */

/** Per month (January first): its names, lower case, accents kept (they are folded before matching). */
const NAMES: readonly (readonly string[])[] = [
  ["january", "januar", "janvier", "enero", "gennaio", "januari"],
  ["february", "februar", "février", "febrero", "febbraio", "februari"],
  // Dutch and German write March short as "mrt" and "Mrz", which begin no name.
  ["march", "märz", "mars", "marzo", "maart", "mrt", "mrz"],
  ["april", "avril", "abril", "aprile"],
  ["may", "mai", "mayo", "maggio", "mei"],
  ["june", "juni", "juin", "junio", "giugno"],
  ["july", "juli", "juillet", "julio", "luglio"],
  ["august", "août", "agosto", "augustus"],
  ["september", "septembre", "septiembre", "settembre"],
  ["october", "oktober", "octobre", "octubre", "ottobre"],
  ["november", "novembre", "noviembre"],
  ["december", "dezember", "décembre", "diciembre", "dicembre"],
];

/** Lower case without accents ("März" as "marz", "août" as "aout"). */
function folded(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

const FOLDED = NAMES.map((names) => names.map(folded));

/**
 * The month (1-12) `text` names: one of its names in a language above, or the first three or
 * more letters of one ("Sept", "Okt", "janv."), any case, with or without accents. Undefined
 * when it names none, or the letters begin names of two months.
 */
export function monthFromName(text: string): number | undefined {
  const word = folded(text.trim().replace(/\.$/, ""));
  if (word.length < 3) return undefined;
  let found: number | undefined;
  FOLDED.forEach((names, index) => {
    if (!names.some((name) => name.startsWith(word))) return;
    found = found === undefined ? index + 1 : -1;
  });
  return found === -1 ? undefined : found;
}
