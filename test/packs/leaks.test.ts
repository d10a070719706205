/**
 * Not one cell of another partner's data in a pack (SPEC section 7). For every partner of the
 * sample plan, the pack file is unzipped and every XML part is searched (cells, shared strings,
 * hidden sheets, defined names, validations, document properties, table parts) for any ID,
 * name, text or amount of another partner. Ownership is worked out here from the sample itself,
 * not with the code under test.
 */
import { SAMPLE_ROWS } from "../../src/model/sample/samplePlan";
import type { SampleRow } from "../../src/model/sample/samplePlan";
import { unzip } from "../workbook/xlsx/zipFiles";
import { packBytes, samplePlanBytes } from "./packHelpers";

type Values = (string | number)[];

const TEXT_COLUMNS: Record<string, readonly string[]> = {
  JmpPartners: ["Partner ID", "Partner", "Channel manager"],
  JmpJointPlan: ["Partner objective"],
  JmpTactics: ["Tactic ID", "Description"],
  JmpAllocations: ["Allocation ID", "Authorized by"],
  JmpClaims: ["Claim ID", "Proof of performance"],
  JmpOutcomes: ["Outcome ID", "Reference"],
};
const AMOUNT_COLUMNS = ["MDF budget", "Forecast revenue", "Forecast pipeline", "Total cost", "MDF requested", "Expected pipeline", "Expected revenue", "Amount", "Amount claimed", "Amount approved", "Value"];

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const serial = (iso: string): number => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** The sample's rows of one table that belong to `partner` (claims through their tactic). */
function ownRows(table: keyof typeof SAMPLE_ROWS, partner: string, mine: boolean): readonly SampleRow[] {
  const tacticPartner = new Map(SAMPLE_ROWS.JmpTactics.map((t) => [t["Tactic ID"], t["Partner ID"]]));
  const owner = (row: SampleRow): unknown => (table === "JmpClaims" ? tacticPartner.get(row["Tactic ID"]) : row["Partner ID"]);
  return SAMPLE_ROWS[table].filter((row) => (owner(row) === partner) === mine);
}

/** Every value a partner's pack may hold: its rows (its allocations too, read-only), the settings, the initiatives (and dates as serials). */
function allowedValues(partner: string): Values {
  const rows = [
    ...(["JmpPartners", "JmpJointPlan", "JmpTactics", "JmpAllocations", "JmpClaims", "JmpOutcomes"] as const).flatMap((t) => ownRows(t, partner, true)),
    ...SAMPLE_ROWS.JmpSettings,
    ...SAMPLE_ROWS.JmpInitiatives,
  ];
  return rows.flatMap((row) => Object.values(row).flatMap((v) => (typeof v === "string" && ISO.test(v) ? [v, serial(v)] : v === undefined ? [] : [v])));
}

/** The IDs, names, texts and amounts of every other partner that a pack must not hold. */
function foreignValues(partner: string): { texts: string[]; amounts: string[] } {
  const allowed = allowedValues(partner).map(String);
  const texts = new Set<string>();
  const amounts = new Set<string>();
  for (const table of Object.keys(TEXT_COLUMNS) as (keyof typeof SAMPLE_ROWS)[]) {
    for (const row of ownRows(table, partner, false)) {
      for (const header of TEXT_COLUMNS[table]) if (typeof row[header] === "string") texts.add(row[header] as string);
      for (const header of AMOUNT_COLUMNS) if (typeof row[header] === "number") amounts.add(String(row[header]));
    }
  }
  // A value the partner's own rows (or the shared settings and initiatives) also hold is not a leak.
  return {
    texts: [...texts].filter((t) => !allowed.some((a) => a.includes(t))),
    amounts: [...amounts].filter((n) => n.replace(/\D/g, "").length >= 4 && !allowed.includes(n)),
  };
}

function decode(xml: string): string {
  return xml
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The foreign values found in a file, with the part each is in. */
function leaks(bytes: Uint8Array, partner: string): string[] {
  const { texts, amounts } = foreignValues(partner);
  const found: string[] = [];
  for (const [name, content] of unzip(bytes)) {
    if (!/\.(xml|rels|vml)$/.test(name)) continue;
    const xml = decode(content.toString("utf8"));
    for (const text of texts) if (xml.includes(text)) found.push(`${name}: ${text}`);
    // Amounts are looked for in text nodes (cell values, strings, formulas, properties): theme and
    // style attributes are full of round numbers such as 50000 that mean nothing.
    const nodes = (content.toString("utf8").match(/>[^<]+</g) ?? []).join("\n");
    for (const amount of amounts) {
      if (new RegExp(`(?<![\\w.])${amount.replace(".", "\\.")}(?![\\w.])`).test(nodes)) found.push(`${name}: amount ${amount}`);
    }
  }
  return found;
}

const PARTNERS = SAMPLE_ROWS.JmpPartners.map((p) => String(p["Partner ID"]));

test("the leak scan finds other partners' data in the plan itself (so it can fail)", async () => {
  const found = leaks(await samplePlanBytes(), "P-103");
  expect(found.length).toBeGreaterThan(100);
  expect(found.some((f) => f.includes("Adatum Corporation"))).toBe(true);
  expect(found.some((f) => /amount \d+/.test(f))).toBe(true);
});

test.each(PARTNERS)("the pack of %s holds no value of another partner in any part of the file", async (partner) => {
  const bytes = await packBytes(await samplePlanBytes(), partner);
  expect(foreignValues(partner).texts.length).toBeGreaterThan(100);
  expect(leaks(bytes, partner)).toEqual([]);
  const parts = unzip(bytes);
  // The scan saw the partner's own data and the document properties.
  const own = SAMPLE_ROWS.JmpPartners.find((p) => p["Partner ID"] === partner);
  expect(decode(parts.get("xl/sharedStrings.xml")?.toString("utf8") ?? "")).toContain(String(own?.Partner));
  expect(parts.get("docProps/core.xml")?.toString("utf8")).toContain(partner);
  expect(parts.has("docProps/app.xml")).toBe(true);
});
