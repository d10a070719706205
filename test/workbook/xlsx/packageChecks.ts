/**
 * Schema-level sanity checks of a saved .xlsx, the things Excel answers with a repair prompt:
 * every XML part well formed; every part given a content type; every internal relationship
 * pointing at a part that exists; every relationship id a sheet uses defined; sheet names, ids
 * and table ids and names unique; cell style and shared string indices inside their lists;
 * defined names' sheet scopes inside the sheet list. Returns the problems found, in words.
 */
import { SaxesParser } from "saxes";
import { resolveTarget } from "../../../src/workbook/xlsx/uncarriedParts";
import { unzip } from "./zipFiles";

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function childCount(xml: string, section: string, child: string): number {
  const inner = new RegExp(`<${section}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${section}>)`).exec(xml)?.[1] ?? "";
  return [...inner.matchAll(new RegExp(`<${child}[\\s/>]`, "g"))].length;
}

const SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml";
/** The content type each part Excel reads must have, by its root element. */
const TYPED_ROOTS: Readonly<Record<string, string>> = {
  worksheet: `${SPREADSHEET}.worksheet+xml`,
  table: `${SPREADSHEET}.table+xml`,
  sst: `${SPREADSHEET}.sharedStrings+xml`,
  styleSheet: `${SPREADSHEET}.styles+xml`,
  comments: `${SPREADSHEET}.comments+xml`,
};

/** The problems of the package `bytes` (none for a sound one). */
export function packageProblems(bytes: Uint8Array): string[] {
  const parts = unzip(bytes);
  const text = (name: string) => parts.get(name)?.toString("utf8");
  const problems: string[] = [];
  for (const [name, content] of parts) {
    if (!/\.(xml|rels|vml)$/i.test(name)) continue;
    try {
      new SaxesParser({ xmlns: true }).write(content.toString("utf8")).close();
    } catch (error) {
      problems.push(`${name} is not well formed: ${String(error)}`);
    }
  }
  const types = text("[Content_Types].xml") ?? "";
  const defaults = new Set([...types.matchAll(/<Default [^>]*Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase()));
  const overrides = new Set([...types.matchAll(/<Override [^>]*PartName="\/([^"]+)"/g)].map((m) => m[1]));
  for (const name of parts.keys()) {
    if (name === "[Content_Types].xml" || name.endsWith("/")) continue;
    if (!overrides.has(name) && !defaults.has(name.slice(name.lastIndexOf(".") + 1).toLowerCase())) problems.push(`${name} has no content type`);
  }
  for (const name of overrides) if (!parts.has(name)) problems.push(`the content types name ${name}, which the package lacks`);
  // A part Excel reads by its content type must have its own: a table typed as plain XML is not a table.
  const typeOf = (name: string) =>
    [...types.matchAll(/<Override [^>]*>/g)].map((m) => attributes(m[0])).find((o) => o.PartName === `/${name}`)?.ContentType ??
    [...types.matchAll(/<Default [^>]*>/g)].map((m) => attributes(m[0])).find((d) => d.Extension.toLowerCase() === name.slice(name.lastIndexOf(".") + 1).toLowerCase())?.ContentType;
  for (const [name, content] of parts) {
    if (!name.endsWith(".xml") || name === "[Content_Types].xml") continue;
    const root = /<(?:[\w.-]+:)?(\w+)[\s/>]/.exec(content.toString("utf8").replace(/^<\?xml[^>]*\?>\s*/, ""))?.[1];
    const expected = root === undefined ? undefined : TYPED_ROOTS[root];
    const type = typeOf(name);
    if (expected !== undefined && type !== expected) problems.push(`${name} (a <${root}>) has content type ${type ?? "none"}, not ${expected}`);
  }
  const relIds = new Map<string, Set<string>>();
  for (const [name, content] of parts) {
    if (!name.endsWith(".rels")) continue;
    const ids = new Set<string>();
    for (const m of content.toString("utf8").matchAll(/<Relationship\b[^>]*>/g)) {
      const rel = attributes(m[0]);
      if (ids.has(rel.Id)) problems.push(`${name} repeats relationship id ${rel.Id}`);
      ids.add(rel.Id);
      if (rel.TargetMode !== "External" && !parts.has(resolveTarget(name, rel.Target))) problems.push(`${name} points at ${rel.Target}, which the package lacks`);
    }
    relIds.set(name, ids);
  }
  const workbook = text("xl/workbook.xml") ?? "";
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => attributes(m[0]));
  const unique = (what: string, values: string[]) => {
    const seen = new Set<string>();
    for (const v of values) {
      if (seen.has(v.toLowerCase())) problems.push(`${what} ${v} is used twice`);
      seen.add(v.toLowerCase());
    }
  };
  unique("sheet name", sheets.map((s) => s.name));
  unique("sheet id", sheets.map((s) => s.sheetId));
  for (const m of workbook.matchAll(/localSheetId="(\d+)"/g)) if (Number(m[1]) >= sheets.length) problems.push(`a defined name is scoped to sheet ${m[1]} of ${sheets.length}`);
  const styles = text("xl/styles.xml") ?? "";
  const xfs = childCount(styles, "cellXfs", "xf");
  const dxfs = childCount(styles, "dxfs", "dxf");
  const strings = childCount(text("xl/sharedStrings.xml") ?? "", "sst", "si");
  const tables = [...parts.keys()].filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n)).map((n) => attributes(/<table\b[^>]*>/.exec(text(n) ?? "")?.[0] ?? ""));
  unique("table id", tables.map((t) => t.id));
  unique("table name", tables.map((t) => t.name));
  for (const [name, content] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = content.toString("utf8");
    const ids = relIds.get(relsOf(name)) ?? new Set<string>();
    for (const m of xml.matchAll(/\br:(?:id|embed)="([^"]+)"/g)) if (!ids.has(m[1])) problems.push(`${name} uses relationship ${m[1]}, which it lacks`);
    for (const m of xml.matchAll(/<(?:c|row)\b[^>]*?\ss="(\d+)"/g)) if (Number(m[1]) >= xfs) problems.push(`${name} uses cell format ${m[1]} of ${xfs}`);
    for (const m of xml.matchAll(/\sdxfId="(\d+)"/g)) if (Number(m[1]) >= dxfs) problems.push(`${name} uses differential format ${m[1]} of ${dxfs}`);
    for (const m of xml.matchAll(/<c\b[^>]*\st="s"[^>]*><v>(\d+)<\/v>/g)) if (Number(m[1]) >= strings) problems.push(`${name} uses shared string ${m[1]} of ${strings}`);
  }
  return [...new Set(problems)];
}
