/**
 * Where the generated Dashboard and Issues sheets go. As in the xlsx adapter, the tool marks
 * each sheet it generates with a workbook-level defined name pointing at its A1, and replaces
 * only a sheet carrying that mark: a user's own sheet called "Dashboard" is left alone and the
 * generated one takes the next free name ("JMP Dashboard"). A sheet generated before is
 * rewritten in place (cleared, its charts removed, then written), never deleted and re-created:
 * a user's formula pointing into it (`=Dashboard!B5`) would otherwise turn into `#REF!`.
 */
import { GENERATED_SHEETS } from "../port";
import type { XlContext, XlWorksheet } from "./xlTypes";

/** A generated sheet: default name and the defined name that marks it. */
export interface GeneratedKind {
  readonly name: string;
  readonly marker: string;
}

/** The Dashboard sheet (marker shared with the xlsx adapter). */
export const DASHBOARD_KIND: GeneratedKind = { name: GENERATED_SHEETS.dashboard, marker: "JmpGeneratedDashboard" };
/** The Issues sheet (marker shared with the xlsx adapter). */
export const ISSUES_KIND: GeneratedKind = { name: GENERATED_SHEETS.issues, marker: "JmpGeneratedIssues" };

/** Where one generated sheet goes. */
export interface SheetPlan {
  readonly kind: GeneratedKind;
  /** Name of the sheet to write. */
  readonly name: string;
  /** Tab position of the previously generated sheet it replaces, if any. */
  readonly replaces: number | undefined;
  /** Whether the marker name exists (and must be re-pointed). */
  readonly marked: boolean;
  /** The charts on the sheet it rewrites (loaded), to remove before writing. */
  readonly charts?: readonly { delete(): void }[];
}

export { quoteSheetName } from "../../model/sheetReference";

/** The sheet named in a reference formula such as `='Joint Plan'!$A$1` or `=Issues!$A$1`. */
export function sheetOfReference(formula: unknown): string | undefined {
  const match = /^=?(?:'((?:[^']|'')+)'|([^!']+))!/.exec(String(formula ?? ""));
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}

/** Finds where each generated sheet goes (one sync). */
export async function planGeneratedSheets(context: XlContext, kinds: readonly GeneratedKind[]): Promise<SheetPlan[]> {
  const { names, worksheets } = context.workbook;
  names.load("items/name,items/formula");
  worksheets.load("items/name,items/position");
  await context.sync();

  const byName = new Map(worksheets.items.map((s) => [s.name.toLowerCase(), s]));
  const taken = new Set(byName.keys());
  const plans = kinds.map((kind) => {
    const marker = names.items.find((n) => n.name.toLowerCase() === kind.marker.toLowerCase());
    const target = marker ? byName.get(sheetOfReference(marker.formula)?.toLowerCase() ?? "") : undefined;
    if (target) {
      const charts = target.charts;
      charts.load("items/name");
      return { plan: { kind, name: target.name, replaces: target.position, marked: true }, charts };
    }
    const name = freeName(kind.name, taken);
    taken.add(name.toLowerCase());
    return { plan: { kind, name, replaces: undefined, marked: marker !== undefined }, charts: undefined };
  });
  // A second sync only when sheets are rewritten: the charts on them.
  if (plans.some((p) => p.charts)) await context.sync();
  return plans.map(({ plan, charts }) => (charts ? { ...plan, charts: charts.items } : plan));
}

/** The first of "Dashboard", "JMP Dashboard", "JMP Dashboard 2", ... that no sheet uses. */
function freeName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `JMP ${base}` : `JMP ${base} ${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * Queues an empty sheet for a plan: the generated sheet there before, cleared in place (cells,
 * formats and charts; name, tab position and references into it stay), or a new one marked.
 */
export function freshSheet(context: XlContext, plan: SheetPlan): XlWorksheet {
  const { names, worksheets } = context.workbook;
  if (plan.replaces !== undefined) {
    const sheet = worksheets.getItem(plan.name);
    for (const chart of plan.charts ?? []) chart.delete();
    sheet.getRange().clear("All");
    return sheet;
  }
  if (plan.marked) names.getItem(plan.kind.marker).delete();
  const sheet = worksheets.add(plan.name);
  names.add(plan.kind.marker, sheet.getRange("A1"));
  return sheet;
}
