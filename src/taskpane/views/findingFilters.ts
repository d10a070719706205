/**
 * The Check view's filters over the engine's findings: by severity, by rule code and by partner, grouped by
 * table in the engine's order, with the counts the filter chips show.
 */
import type { Analysis } from "../../engine";
import { idKey } from "../../model/ids";
import { RULES } from "../../model/findings";
import type { Finding, Severity } from "../../model/findings";
import { TABLES } from "../../model/schema";

/** The severity filter. */
export type SeverityFilter = "all" | Severity;

/** The partner filter: every finding, those of one partner (ID key), or those with no partner. */
export type PartnerFilter = { readonly kind: "all" } | { readonly kind: "none" } | { readonly kind: "partner"; readonly key: string };

/** A partner that appears in the findings, for the partner filter's options. */
export interface PartnerOption {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

/** Findings of one table. */
export interface FindingGroup {
  readonly table: string;
  /** The table's sheet name as the template names it (`Tactics`), else the table name. */
  readonly title: string;
  readonly findings: readonly Finding[];
}

/** The rule filter: every code ("all"), or one code ("C02"). */
export type CodeFilter = "all" | string;

/** A rule code that appears in the findings, with its title and count, for the rule filter. */
export interface CodeOption {
  readonly code: string;
  readonly title: string;
  readonly count: number;
}

/** True when the finding passes every filter. */
export function matches(finding: Finding, severity: SeverityFilter, partner: PartnerFilter, code: CodeFilter = "all"): boolean {
  if (severity !== "all" && finding.severity !== severity) return false;
  if (code !== "all" && finding.code !== code) return false;
  if (partner.kind === "all") return true;
  if (partner.kind === "none") return finding.partner === null;
  return finding.partner !== null && idKey(finding.partner) === partner.key;
}

/** The partners findings concern, named from the Partners table where known, in sheet order. */
export function partnerOptions(analysis: Analysis): PartnerOption[] {
  const counts = new Map<string, { label: string; count: number }>();
  for (const f of analysis.findings) {
    if (f.partner === null) continue;
    const key = idKey(f.partner);
    const entry = counts.get(key) ?? { label: f.partner, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const known = analysis.partners.filter((p) => counts.has(p.key)).map((p) => ({ key: p.key, label: `${p.name || p.id} (${p.id})`, count: counts.get(p.key)?.count ?? 0 }));
  const unknown = [...counts].filter(([key]) => !analysis.index.partners.has(key)).map(([key, e]) => ({ key, label: `${e.label} (not in Partners)`, count: e.count }));
  return [...known, ...unknown];
}

/** The rule codes the findings carry, in code order, each with its title and count. */
export function codeOptions(findings: readonly Finding[]): CodeOption[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, count]) => ({ code, title: RULES[code as keyof typeof RULES]?.title ?? code, count }));
}

const TITLES = new Map<string, string>(TABLES.map((t) => [t.name, t.sheet]));

/** Findings grouped by table, tables in the engine's order (which is the template's). */
export function groupByTable(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.table);
    if (list) list.push(f);
    else groups.set(f.table, [f]);
  }
  return [...groups].map(([table, list]) => ({ table, title: TITLES.get(table) ?? table, findings: list }));
}
