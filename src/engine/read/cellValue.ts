/**
 * Classifies a raw cell value before a typed reader interprets it. Hosts deliver values in
 * several shapes (ExcelJS rich text, formula results, hyperlinks; error text from the Excel JavaScript API); this is
 * the one place that unwraps them, so every reader sees the same few kinds.
 */

/** The Excel error values a cell can show. */
const ERROR_LITERALS = new Set([
  "#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!",
  "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!", "#EXTERNAL!",
]);

/** True when text is one of Excel's error values. */
export function isErrorLiteral(text: string): boolean {
  return text.length > 1 && text.charCodeAt(0) === 35 /* # */ && ERROR_LITERALS.has(text.trim().toUpperCase());
}

/** A cell value reduced to a plain kind. */
export type Plain =
  | { readonly kind: "blank" }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "unreadable"; readonly shown: string }
  | { readonly kind: "value"; readonly value: string | number | boolean | Date };

const BLANK: Plain = { kind: "blank" };
const MAX_UNWRAP_DEPTH = 4;

/**
 * Unwraps the object shapes hosts use for cells: `{error}`, `{result}` of a formula,
 * `{richText: [{text}]}`, `{text, hyperlink}`. Returns the primitive or a Plain for the rest.
 */
export function unwrapObject(raw: object, depth = 0): Plain {
  if (raw instanceof Date) return { kind: "value", value: raw };
  if (depth > MAX_UNWRAP_DEPTH) return { kind: "unreadable", shown: "(nested value)" };
  const o = raw as Record<string, unknown>;
  if (typeof o.error === "string") return { kind: "error", error: o.error };
  if ("result" in o || "formula" in o || "sharedFormula" in o) return plainOf(o.result, depth + 1);
  if (Array.isArray(o.richText)) {
    const text = o.richText.map((part) => (part && typeof part === "object" && typeof (part as { text?: unknown }).text === "string" ? (part as { text: string }).text : "")).join("");
    return plainOf(text, depth + 1);
  }
  if (typeof o.text === "string") return plainOf(o.text, depth + 1);
  return { kind: "unreadable", shown: describe(raw) };
}

/** Any raw value as a Plain. Never throws. */
export function plainOf(raw: unknown, depth = 0): Plain {
  switch (typeof raw) {
    case "string":
      if (raw.trim() === "") return BLANK;
      return isErrorLiteral(raw) ? { kind: "error", error: raw.trim().toUpperCase() } : { kind: "value", value: raw };
    case "number":
    case "boolean":
      return { kind: "value", value: raw };
    case "object":
      return raw === null ? BLANK : unwrapObject(raw, depth);
    case "undefined":
      return BLANK;
    default:
      return { kind: "unreadable", shown: describe(raw) };
  }
}

/** True when a raw value is blank (no value, or only spaces). Fast path for row skipping. */
export function isBlank(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw === "string") {
    // Text starting with a visible ASCII character is not blank: no need to trim it (the usual case).
    const first = raw.charCodeAt(0);
    return !(first > 32 && first < 127) && raw.trim() === "";
  }
  if (typeof raw === "object" && !(raw instanceof Date)) return plainOf(raw).kind === "blank";
  return false;
}

/** Short display text of any value for messages. */
export function describe(raw: unknown): string {
  try {
    if (typeof raw === "string") return raw.length > 60 ? `"${raw.slice(0, 57)}..."` : `"${raw}"`;
    if (raw instanceof Date) return Number.isFinite(raw.getTime()) ? raw.toISOString().slice(0, 10) : "an invalid date";
    if (typeof raw === "object" && raw !== null) return "an object";
    return String(raw);
  } catch {
    return "a value";
  }
}
