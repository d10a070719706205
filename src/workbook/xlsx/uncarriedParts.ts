/**
 * The parts of a workbook that saving through ExcelJS 4.4 would drop. ExcelJS writes a workbook
 * from its own model, so a part it does not model is gone after a save: a pivot table, a link to
 * another workbook, a macro. (A sheet's drawing, with its charts and shapes, never goes through
 * it: the save gives a rewritten sheet the drawing it shows back, see splice/carriedDrawings.ts,
 * so the parts under that drawing are not among the parts it replaces; those under any other
 * drawing the sheet links to are.) A writer
 * refuses such a workbook rather than lose what the user has (SPEC section 8);
 * `partsWriterCannotCarry` is the one list of them, so it shrinks as the writer learns to carry
 * more.
 *
 * Parts are known by what they hold, never by their names: the root element of each XML part,
 * a few elements inside sheets and drawings, and the types of the relationships pointing at
 * binary parts. The zip guard hears all of it while it parses the parts anyway (`PartsSeen`).
 * Checked against ExcelJS by saving each kind (test/cli/uncarriedParts.test.ts); images, notes
 * (legacy comments) written as Excel writes them, tables and x14 conditional formats are carried
 * and not listed. A few features live in parts ExcelJS does write but not whole (a sheet's page
 * breaks, a table's calculated column): they are known by an element and its attributes.
 */
import { PartNames } from "./partNames";
import type { ElementListener } from "./rangeScan";

/** A part a save would drop, and the feature of the workbook it holds. */
export interface UncarriedPart {
  readonly part: string;
  /** What the user would lose, in words ("charts"). */
  readonly feature: string;
  /** The sheets it is on (as the workbook names them), where a save rewriting those sheets is what drops it. */
  readonly sheets?: readonly string[];
}

/** Features by the root element of the part that holds them. */
const BY_ROOT: Readonly<Record<string, string>> = {
  externalLink: "links to other workbooks",
  chartSpace: "charts",
  chartsheet: "chart sheets",
  dialogsheet: "dialog sheets",
  macrosheet: "Excel 4 macro sheets",
  pivotTableDefinition: "pivot tables",
  pivotCacheDefinition: "pivot tables",
  pivotCacheRecords: "pivot tables",
  ThreadedComments: "threaded comments",
  personList: "threaded comments",
  slicers: "slicers",
  slicerCacheDefinition: "slicers",
  timelines: "timelines",
  timelineCacheDefinition: "timelines",
  connections: "data connections",
  queryTable: "query tables",
  formControlPr: "form controls",
  ocx: "ActiveX controls",
  dataModel: "SmartArt",
  webextension: "add-ins saved with the workbook",
};

/** Features by the type of the relationship pointing at a (usually binary) part: the type's last segment. */
const BY_RELATIONSHIP: Readonly<Record<string, string>> = {
  vbaProject: "macros (VBA)",
  oleObject: "embedded objects",
  package: "embedded objects",
  customXml: "custom XML",
  "custom-properties": "custom document properties (such as sensitivity labels)",
  powerPivotData: "a Power Pivot data model",
};

/** Features by an element inside a part of the given root: drawings lose their shapes, sheets their sparklines. */
const BY_ELEMENT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  wsDr: { sp: "shapes and text boxes", grpSp: "shapes and text boxes", cxnSp: "shapes and text boxes" },
  worksheet: { sparklineGroup: "sparklines", rowBreaks: "manual page breaks", colBreaks: "manual page breaks" },
  table: { calculatedColumnFormula: "calculated table columns" },
};

/** What a part's listener remembers of the elements before: whether the cell being read has metadata. */
interface ShapeState {
  cellMetadata?: boolean;
}

/**
 * Features known by an element's attributes or place, which ExcelJS rewrites without them: a
 * link to a place in the workbook (`location`; with a file too, the place is lost), a dynamic
 * array formula that spills over more than one cell (its cell's `cm` metadata and an array
 * range: ExcelJS writes it back as a fixed legacy array; one cell's reads the same either way),
 * a note whose text is one plain run (`<text><t>`, as Excel writes a threaded comment's note:
 * ExcelJS empties it).
 */
function featureByShape(root: string, local: string, attributes: Readonly<Record<string, string>>, state: ShapeState, previous: string | undefined): string | undefined {
  if (root === "worksheet") {
    if (local === "c") state.cellMetadata = attributes.cm !== undefined;
    else if (local === "f" && state.cellMetadata === true && attributes.t === "array" && (attributes.ref ?? "").includes(":")) return "dynamic array formulas";
    else if (local === "hyperlink" && attributes.location !== undefined) return "links to places in the workbook";
  }
  if (root === "comments" && local === "t" && previous === "text") return "notes written as plain text (as Excel writes a threaded comment's note)";
  return undefined;
}

/** The features of a part with root `root`, by element, in an object with no prototype (a miss costs no walk). */
function featuresOf(root: string): Readonly<Record<string, string>> {
  return Object.assign(Object.create(null) as Record<string, string>, Object.hasOwn(BY_ELEMENT, root) ? BY_ELEMENT[root] : {});
}

/** In a sheet, a data validation under a prefix (`x14:dataValidation`, Excel 2010's lists from other sheets) is not read. */
const PREFIXED_VALIDATION = "data validations of Excel 2010 and later (lists from other sheets)";

/** One internal relationship of a part. */
export interface Relationship {
  /** The relationships part it is in (`xl/worksheets/_rels/sheet1.xml.rels`). */
  readonly source: string;
  readonly id: string;
  readonly type: string;
  /** The target as written. */
  readonly written: string;
  /** The target as a part name. */
  readonly target: string;
}

/** The folder a relationships part's targets are relative to: `xl/_rels/workbook.xml.rels` -> `xl/`. */
function relationshipBase(relsPart: string): string {
  return relsPart.replace(/_rels\/[^/]*$/, "");
}

/** A relationship's target as a part name: relative to the source's folder, `..` resolved. */
export function resolveTarget(relsPart: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `${relationshipBase(relsPart)}${target}`;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

/**
 * What the guard saw of each part while parsing: its root, the notable elements inside, and
 * every internal relationship. `listener` is handed to the range scanner of each part.
 */
export class PartsSeen {
  readonly roots = new Map<string, string>();
  /** The root element as written where it carries a namespace prefix (`x:worksheet`), by part name. */
  readonly prefixedRoots = new Map<string, string>();
  /** Features found inside a part, by part name. */
  readonly inside = new Map<string, Set<string>>();
  readonly relationships: Relationship[] = [];
  /** The workbook part's sheets in tab order: name and relationship id. */
  readonly sheets: { readonly name: string; readonly relationshipId: string }[] = [];
  /** The ranges (`sqref`) of each worksheet's data validations as ExcelJS reads them (unprefixed), by part name. */
  readonly validations = new Map<string, string[]>();
  /** The relationship id each worksheet's `<drawing>` element names, by part name (what a rewrite of the sheet carries). */
  readonly drawingIds = new Map<string, string>();

  /** The element listener for the part `partName`. */
  listener(partName: string): ElementListener {
    let root: string | undefined;
    let features: Readonly<Record<string, string>> | undefined;
    const shape: ShapeState = {};
    let previous: string | undefined;
    return (local, qualified, attributes) => {
      const before = previous;
      previous = local;
      if (root === undefined) {
        root = local;
        this.roots.set(partName, local);
        if (qualified !== local) this.prefixedRoots.set(partName, qualified);
        return;
      }
      if (root === "Relationships" && local === "Relationship") {
        if (attributes.TargetMode === "External" || attributes.Type === undefined || attributes.Target === undefined) return;
        this.relationships.push({ source: partName, id: attributes.Id ?? "", type: attributes.Type, written: attributes.Target, target: resolveTarget(partName, attributes.Target) });
        return;
      }
      if (root === "workbook" && local === "sheet") {
        const idKey = Object.keys(attributes).find((name) => name.endsWith(":id"));
        this.sheets.push({ name: attributes.name ?? "", relationshipId: idKey === undefined ? "" : attributes[idKey] });
        return;
      }
      if (local === "drawing" && root === "worksheet") {
        const idKey = Object.keys(attributes).find((name) => name.endsWith(":id"));
        if (idKey !== undefined && !this.drawingIds.has(partName)) this.drawingIds.set(partName, attributes[idKey]);
        return;
      }
      if (root === "worksheet" && local === "dataValidation" && qualified === local && attributes.sqref !== undefined) {
        const ranges = this.validations.get(partName) ?? [];
        ranges.push(attributes.sqref);
        this.validations.set(partName, ranges);
      }
      const feature =
        (features ??= featuresOf(root))[local] ?? (root === "worksheet" && local === "dataValidation" && qualified !== local ? PREFIXED_VALIDATION : featureByShape(root, local, attributes, shape, before));
      if (feature === undefined) return;
      const found = this.inside.get(partName) ?? new Set<string>();
      found.add(feature);
      this.inside.set(partName, found);
    };
  }
}

/**
 * The parts a save through ExcelJS would drop, in part-name order, each once per feature.
 * `names` are the archive's part names (binary parts are found through the relationships
 * pointing at them, and only when they exist).
 */
export function partsWriterCannotCarry(seen: PartsSeen, names: readonly string[]): UncarriedPart[] {
  const found = new Map<string, Set<string>>();
  const note = (part: string, feature: string) => {
    const features = found.get(part) ?? new Set<string>();
    features.add(feature);
    found.set(part, features);
  };
  for (const [part, root] of seen.roots) {
    const feature = BY_ROOT[root];
    if (feature !== undefined) note(part, feature);
  }
  for (const [part, features] of seen.inside) for (const feature of features) note(part, feature);
  const present = new PartNames(names);
  for (const { type, target } of seen.relationships) {
    const feature = BY_RELATIONSHIP[type.slice(type.lastIndexOf("/") + 1)];
    const part = feature === undefined ? undefined : present.resolve(target);
    if (feature !== undefined && part !== undefined) note(part, feature);
  }
  return [...found.keys()].sort().flatMap((part) => [...(found.get(part) ?? [])].map((feature) => ({ part, feature })));
}

/** Where a runtime cannot parse the parts, the usual part names of the same features. */
const BY_NAME: readonly (readonly [RegExp, string])[] = [
  [/^xl\/externalLinks\/[^/]+\.xml$/i, "links to other workbooks"],
  [/^xl\/charts\/chart[^/]*\.xml$/i, "charts"],
  [/^xl\/pivotTables\/[^/]+\.xml$/i, "pivot tables"],
  [/^xl\/threadedComments\/[^/]+\.xml$/i, "threaded comments"],
  [/^xl\/vbaProject\.bin$/i, "macros (VBA)"],
  [/^customXml\/item\d+\.xml$/i, "custom XML"],
];

/** `partsWriterCannotCarry` by part names alone, for runtimes that cannot inflate parts for the check. */
export function partsWriterCannotCarryByName(names: readonly string[]): UncarriedPart[] {
  return [...names].sort().flatMap((part) => BY_NAME.filter(([pattern]) => pattern.test(part)).map(([, feature]) => ({ part, feature })));
}

/** The parts in words, grouped by feature: "charts (xl/charts/chart1.xml), macros (VBA) (xl/vbaProject.bin)". */
export function describeUncarried(parts: readonly UncarriedPart[], shownPerFeature = 3): string {
  const byFeature = new Map<string, { parts: string[]; sheets: string[] }>();
  for (const { part, feature, sheets = [] } of parts) {
    const group = byFeature.get(feature) ?? { parts: [], sheets: [] };
    byFeature.set(feature, group);
    group.parts.push(part);
    for (const sheet of sheets) if (!group.sheets.includes(sheet)) group.sheets.push(sheet);
  }
  return [...byFeature]
    .map(([feature, group]) => {
      const shown = group.parts.slice(0, shownPerFeature).join(", ");
      const names = group.parts.length > shownPerFeature ? `${shown} and ${group.parts.length - shownPerFeature} more` : shown;
      // The user knows the sheet, not the part; the part names stay for whoever looks inside the file.
      const where = group.sheets.length === 0 ? "" : `on ${group.sheets.length === 1 ? "sheet" : "sheets"} ${group.sheets.map((s) => `"${s}"`).join(", ")}: `;
      return `${feature} (${where}${names})`;
    })
    .join(", ");
}
