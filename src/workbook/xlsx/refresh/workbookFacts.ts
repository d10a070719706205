/**
 * What a refresh needs to know of a workbook file without loading it: its workbook-level defined
 * names (the markers of the generated sheets, the template version's cell) and the number in one
 * named cell, each read by streaming the small part that holds it.
 */
import { address, parseRange } from "../a1";
import type { PackageParts } from "../stream/packageParts";
import type { WorkbookMap } from "../stream/workbookMap";

/** A defined name's reference (`'JmpTemplate'!$B$1`) split into sheet name and range text. */
export function referenceParts(reference: string): { sheet: string; range: string } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(reference.trim());
  if (!match) return undefined;
  return { sheet: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2], range: match[3] };
}

/** The workbook-level defined names of the workbook part: name -> reference (scoped names are left out). */
export async function readDefinedNames(parts: PackageParts, workbookPart: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  let open: string | undefined;
  let text = "";
  await parts.read(workbookPart, {
    open(name, attributes) {
      open = name === "definedName" && attributes.localSheetId === undefined ? attributes.name : undefined;
      text = "";
    },
    text(chunk) {
      if (open !== undefined) text += chunk;
    },
    close(name) {
      if (name === "definedName" && open !== undefined && !names.has(open)) names.set(open, text);
      open = undefined;
    },
  });
  return names;
}

/** The number in the cell `reference` points at (first cell of a range), or undefined when it holds none. */
export async function readNamedNumber(parts: PackageParts, map: WorkbookMap, reference: string | undefined): Promise<number | undefined> {
  const target = reference === undefined ? undefined : referenceParts(reference);
  const range = parseRange(target?.range.replace(/\$/g, ""));
  const sheet = target === undefined ? undefined : map.sheets.find((s) => s.name.toLowerCase() === target.sheet.toLowerCase());
  if (!range || !sheet) return undefined;
  const wanted = address(range.top, range.left);
  let inCell = false;
  let numeric = false;
  let inValue = false;
  let value = "";
  await parts.read(sheet.part, {
    open(name, attributes) {
      if (name === "c") {
        inCell = attributes.r === wanted;
        if (inCell) numeric = attributes.t === undefined || attributes.t === "n";
      }
      inValue = inCell && name === "v";
    },
    text(chunk) {
      if (inValue) value += chunk;
    },
    close(name) {
      if (name === "c") inCell = false;
      if (name === "v") inValue = false;
    },
  });
  const number = Number(value);
  return numeric && value.trim() !== "" && Number.isFinite(number) ? number : undefined;
}

