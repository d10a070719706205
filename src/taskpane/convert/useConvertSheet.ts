/**
 * The state of the convert view: the sheets that can be converted, the chosen sheet read in
 * full, the suggested and then confirmed mapping, the rows it converts to, and the copy itself.
 * The mapping logic is `src/workbook/convert/`; this hook only holds the user's choices.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { RawTable } from "../../model/rawTable";
import type { TableName } from "../../model/schema";
import { convertRows, existingIds, mappingOf, referenceLookups, suggestMapping, suggestTables } from "../../workbook/convert";
import type { ColumnSource, Conversion, MappingSuggestion } from "../../workbook/convert";
import { GENERATED_SHEETS } from "../../workbook/port";
import { rowCurrencies } from "../../workbook/rowCurrencies";
import type { ConvertibleWorkbook, SheetSummary, SheetValues } from "../../workbook/port";

/** A finished copy, for the result message. */
export interface CopyResult {
  readonly sheet: string;
  readonly table: TableName;
  readonly rows: number;
  readonly conversion: Conversion;
}

/** A failure to show: what failed and why. */
export interface ConvertProblem {
  readonly title: string;
  readonly message: string;
}

/** What the view is busy with, if anything. */
export type ConvertWork = "listing" | "reading" | "copying" | undefined;

/** The chosen sheet with what the workbook's plan tables say about it. */
interface Chosen {
  readonly name: string;
  readonly values: SheetValues;
  readonly tables: readonly RawTable[];
  /** Every table's suggestion, the best fit first. */
  readonly suggestions: readonly MappingSuggestion[];
}

const GENERATED = new Set(Object.values(GENERATED_SHEETS).map((n) => n.toLowerCase()));

/** Sheets worth converting: visible, not the plan's own or the generated ones, with a header and a row. */
export function convertibleSheets(sheets: readonly SheetSummary[]): SheetSummary[] {
  return sheets.filter((s) => !s.holdsJmpTables && !GENERATED.has(s.name.toLowerCase()) && s.rows >= 2);
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

/** The convert view's state and actions. */
export function useConvertSheet(workbook: ConvertibleWorkbook, onConverted: () => void) {
  const [sheets, setSheets] = useState<SheetSummary[] | undefined>(undefined);
  const [chosen, setChosen] = useState<Chosen | undefined>(undefined);
  const [table, setTable] = useState<TableName | undefined>(undefined);
  const [sources, setSources] = useState<Record<string, ColumnSource>>({});
  const [work, setWork] = useState<ConvertWork>("listing");
  const [error, setError] = useState<ConvertProblem | undefined>(undefined);
  const [copied, setCopied] = useState<CopyResult | undefined>(undefined);

  const chooseSheet = useCallback(
    async (name: string) => {
      setWork("reading");
      setError(undefined);
      setCopied(undefined);
      try {
        const [values, tables] = await Promise.all([workbook.readSheet(name), workbook.readTables()]);
        const suggestions = suggestTables(values);
        setChosen({ name, values, tables, suggestions });
        setTable(suggestions[0].table);
        setSources({ ...mappingOf(suggestions[0]).sources });
      } catch (e) {
        setError({ title: `${name} could not be read`, message: messageOf(e) });
      } finally {
        setWork(undefined);
      }
    },
    [workbook],
  );

  useEffect(() => {
    let live = true;
    // Another workbook (a file opened meanwhile): nothing of the last one carries over.
    setSheets(undefined);
    setChosen(undefined);
    setTable(undefined);
    setSources({});
    setCopied(undefined);
    setError(undefined);
    setWork("listing");
    workbook
      .listSheets()
      .then((all) => {
        if (!live) return;
        const candidates = convertibleSheets(all);
        setSheets(candidates);
        setWork(undefined);
        // One candidate is the obvious choice; with several the user picks.
        if (candidates.length === 1) void chooseSheet(candidates[0].name);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setSheets([]);
        setWork(undefined);
        setError({ title: "The sheets could not be listed", message: messageOf(e) });
      });
    return () => {
      live = false;
    };
  }, [workbook, chooseSheet]);

  const suggestion: MappingSuggestion | undefined = useMemo(() => {
    if (!chosen || !table) return undefined;
    return chosen.suggestions.find((s) => s.table === table) ?? suggestMapping(chosen.values, table);
  }, [chosen, table]);

  const conversion: Conversion | undefined = useMemo(() => {
    if (!chosen || !table) return undefined;
    return convertRows(chosen.values, { table, sources }, { references: referenceLookups(chosen.tables), existingIds: existingIds(chosen.tables, table) });
  }, [chosen, table, sources]);

  const chooseTable = useCallback(
    (next: TableName) => {
      if (!chosen) return;
      setTable(next);
      setCopied(undefined);
      setSources({ ...mappingOf(chosen.suggestions.find((s) => s.table === next) ?? suggestMapping(chosen.values, next)).sources });
    },
    [chosen],
  );

  const chooseSource = useCallback((header: string, source: ColumnSource) => {
    setCopied(undefined);
    setSources((current) => ({ ...current, [header]: source }));
  }, []);

  const copy = useCallback(async () => {
    if (!chosen || !table || !conversion || conversion.rows.length === 0) return;
    setWork("copying");
    setError(undefined);
    try {
      // The plan as it is now: new IDs must not repeat one added since the sheet was chosen.
      const tables = await workbook.readTables();
      const fresh = convertRows(chosen.values, { table, sources }, { references: referenceLookups(tables), existingIds: existingIds(tables, table) });
      const rows = await workbook.appendRows(table, fresh.rows, rowCurrencies(tables));
      setCopied({ sheet: chosen.name, table, rows, conversion: fresh });
      setChosen({ ...chosen, tables: await workbook.readTables() });
      onConverted();
    } catch (e) {
      setError({ title: "No rows were copied", message: messageOf(e) });
    } finally {
      setWork(undefined);
    }
  }, [chosen, table, sources, conversion, workbook, onConverted]);

  return { sheets, chosen, table, sources, suggestion, conversion, work, error, copied, chooseSheet, chooseTable, chooseSource, copy };
}
