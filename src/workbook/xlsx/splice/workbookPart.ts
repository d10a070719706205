/**
 * The workbook part of a spliced package: the original's text with only its sheet list and its
 * defined names rewritten. Everything else in it (calculation settings, views, pivot caches,
 * links to other workbooks, extensions) stays as written.
 */
import { encodeXml, findElement, findElements, prefixOf, splice, withAttribute } from "./xmlText";
import type { FoundElement } from "./xmlText";

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A sheet of a workbook part. */
export interface WorkbookSheet {
  readonly name: string;
  readonly relationshipId: string;
  readonly state: string | undefined;
  /** The `<sheet>` element as written. */
  readonly xml: string;
}

/** A defined name of a workbook part. */
export interface DefinedName {
  readonly name: string;
  /** The name's scope as a sheet index, or undefined for the workbook. */
  readonly localSheetId: number | undefined;
  /** The `<definedName>` element as written. */
  readonly xml: string;
}

function relationshipIdOf(element: FoundElement): string {
  const key = Object.keys(element.attributes).find((name) => name.endsWith(":id"));
  return key === undefined ? "" : element.attributes[key];
}

/** The sheets of a workbook part in tab order. */
export function workbookSheets(text: string): WorkbookSheet[] {
  const list = findElement(text, "sheets");
  return findElements(list?.inner ?? "", "sheet").map((element) => ({
    name: element.attributes.name ?? "",
    relationshipId: relationshipIdOf(element),
    state: element.attributes.state,
    xml: element.xml,
  }));
}

/** The defined names of a workbook part. */
export function definedNames(text: string): DefinedName[] {
  const list = findElement(text, "definedNames");
  return findElements(list?.inner ?? "", "definedName").map((element) => {
    const scope = element.attributes.localSheetId;
    return { name: element.attributes.name ?? "", localSheetId: scope === undefined ? undefined : Number(scope), xml: element.xml };
  });
}

/** What the spliced workbook part holds. */
export interface WorkbookPartEdit {
  /** The `<sheet>` elements in tab order. */
  readonly sheets: readonly string[];
  /** The `<definedName>` elements. */
  readonly names: readonly string[];
  /** The original tab index of each sheet now at a new index (for views). */
  readonly tabMap: ReadonlyMap<number, number>;
}

/** A new `<sheet>` element in the original's spelling (its prefix, its relationships namespace prefix). */
export function newSheetElement(original: string, name: string, sheetId: number, relationshipId: string, state: string | undefined): string {
  const prefix = findElement(original, "sheets")?.prefix ?? "";
  const rPrefix = prefixOf(original, RELATIONSHIPS_NS);
  const idAttribute = rPrefix === undefined || rPrefix === "" ? `xmlns:jr="${RELATIONSHIPS_NS}" jr:id` : `${rPrefix}id`;
  const stateAttribute = state === undefined || state === "visible" ? "" : ` state="${encodeXml(state)}"`;
  return `<${prefix}sheet name="${encodeXml(name)}" sheetId="${sheetId}"${stateAttribute} ${idAttribute}="${encodeXml(relationshipId)}"/>`;
}

/** A sheet element with its visibility set to `state`. */
export function withState(element: string, state: string | undefined): string {
  if (state === undefined || state === "visible") return element.replace(/\sstate\s*=\s*("[^"]*"|'[^']*')/, "");
  return withAttribute(element, "state", state);
}

/** A defined name element scoped to sheet index `index`. */
export function withScope(element: string, index: number): string {
  return withAttribute(element, "localSheetId", String(index));
}

/** The original workbook part with its sheets, defined names and tab indices replaced. */
export function editWorkbookPart(original: string, edit: WorkbookPartEdit): string {
  let text = original;
  const sheets = findElement(text, "sheets");
  if (!sheets) throw new Error("The workbook part has no sheet list");
  text = splice(text, sheets.start, sheets.end, `<${sheets.prefix}sheets>${edit.sheets.join("")}</${sheets.prefix}sheets>`);
  const names = findElement(text, "definedNames");
  const prefix = sheets.prefix;
  const nameList = edit.names.length === 0 ? "" : `<${prefix}definedNames>${edit.names.join("")}</${prefix}definedNames>`;
  if (names) text = splice(text, names.start, names.end, nameList);
  else if (nameList !== "") {
    // Defined names follow the sheets (and the external references, which follow the sheets).
    const after = findElement(text, "externalReferences") ?? findElement(text, "sheets");
    if (after) text = splice(text, after.end, after.end, nameList);
  }
  return text.replace(/(\s(?:activeTab|firstSheet)=")(\d+)"/g, (_, head: string, tab: string) => `${head}${edit.tabMap.get(Number(tab)) ?? tab}"`);
}
