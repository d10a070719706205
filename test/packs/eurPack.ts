/**
 * A plan with a partner in EUR writing de-DE (the sample plan's P-103, a EUR rate of 1.08), and
 * that partner's pack filled as a German partner would fill it: a changed amount typed
 * "4.934,18 €" on T-26013, a new claim CL-DE-1 of "1.234,50". The same plan with P-103 in
 * another currency (KWD) serves the tests of that currency's amounts.
 */
import type { Worksheet } from "exceljs";
import { edited, firstEmptyRow, packBytes, rowOf, samplePlanBytes, sheet, writeRow } from "./packHelpers";

/** The column of a header on a sheet's first row. */
export function column(ws: Worksheet, header: string): number {
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(1, c).value === header) return c;
  throw new Error(`no column ${header} on ${ws.name}`);
}

/** The sample plan with P-103 in EUR writing de-DE, and a EUR rate of 1.08. */
export async function eurPlanBytes(): Promise<Uint8Array> {
  return planWithP103In("EUR", 1.08, "de-DE");
}

/** The sample plan with P-103 in `code` at `rate`, writing `numberFormat` (null: as the plan does). */
export async function planWithP103In(code: string, rate: number, numberFormat: string | null = null): Promise<Uint8Array> {
  return edited(await samplePlanBytes(), (wb) => {
    const partners = sheet(wb, "Partners");
    const row = rowOf(partners, "P-103");
    partners.getCell(row, column(partners, "Currency")).value = code;
    if (numberFormat !== null) partners.getCell(row, column(partners, "Number format")).value = numberFormat;
    writeRow(sheet(wb, "Rates"), 2, [code, rate, null]);
  });
}

/** P-103's pack of `planBytes` with T-26013's MDF requested changed and the claim CL-DE-1 added. */
export async function filledEurPack(planBytes: Uint8Array): Promise<Uint8Array> {
  return edited(await packBytes(planBytes, "P-103"), (wb) => {
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(rowOf(tactics, "T-26013"), column(tactics, "MDF requested")).value = "4.934,18 €";
    const claims = sheet(wb, "Claims");
    writeRow(claims, firstEmptyRow(claims), ["CL-DE-1", "T-26013", "1.234,50", null, "15.04.2026", "Submitted", null, "Rechnung 17"]);
  });
}
