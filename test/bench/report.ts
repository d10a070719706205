/**
 * Prints benchmark results as a plain-text table, one section per measurement.
 */
import type { ResultLine } from "./measures/measure";

/** A section of the table. */
export interface Section {
  readonly title: string;
  readonly lines: readonly ResultLine[];
}

/** The sections as aligned text: label, value, then the note. */
export function formatSections(sections: readonly Section[]): string {
  const all = sections.flatMap((s) => s.lines);
  const labelWidth = Math.max(0, ...all.map((l) => l.label.length));
  const valueWidth = Math.max(0, ...all.map((l) => l.value.length));
  const out: string[] = [];
  for (const section of sections) {
    out.push("", section.title, "-".repeat(section.title.length));
    for (const l of section.lines) {
      out.push(`  ${l.label.padEnd(labelWidth)}  ${l.value.padStart(valueWidth)}${l.note ? `  ${l.note}` : ""}`);
    }
  }
  return out.join("\n");
}
