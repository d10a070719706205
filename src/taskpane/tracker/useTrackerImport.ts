/**
 * The state of the tracker import view: the sheets that may be a tracker, the chosen one read in
 * full with the plan it goes into, the mapping saved by the last import, the user's header row
 * and column choices, the import they plan (recomputed in memory on every choice, without a
 * round trip to the workbook), and the write itself. The tracker's sheets come from the plan's
 * workbook, or from a tracker file opened beside it (`TrackerFile`); the rows always go into the
 * plan's workbook. The importing logic is `src/workbook/convert/tracker/`; this hook only holds
 * the choices.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { chooseTrackerSheet, existingPlan, parseSavedMapping, planTrackerImport, TrackerImportError, trackerCandidates, writeImport } from "../../workbook/convert/tracker";
import type { ExistingPlan, SavedMapping, TrackerField, TrackerImport, WrittenImport } from "../../workbook/convert/tracker";
import type { ConvertibleWorkbook, ImportableWorkbook, SheetSummary, SheetValues } from "../../workbook/port";

/** Where a tracker's sheets are read: the plan's workbook, or a tracker file beside it. */
export type SheetReader = Pick<ConvertibleWorkbook, "listSheets" | "readSheet">;

/** A tracker file opened beside the plan: its name and its sheets (only ever read). */
export interface TrackerFile {
  readonly name: string;
  readonly sheets: SheetReader;
}

/** What the view is busy with, if anything. */
export type ImportWork = "listing" | "reading" | "importing" | undefined;

/** A failure to show: what failed and why, one line each. */
export interface ImportProblem {
  readonly title: string;
  readonly message: string;
}

/** The chosen tracker sheet with the plan it would go into. */
export interface TrackerSource {
  readonly name: string;
  readonly values: SheetValues;
  readonly existing: ExistingPlan;
}

/** The mapping the workbook keeps from the last import, or why it cannot be used. */
export interface StoredMapping {
  readonly mapping?: SavedMapping;
  readonly problem?: string;
}

/** An import as planned, or the one line saying why the sheet cannot be imported. */
export type Planned = { readonly plan: TrackerImport; readonly problem?: undefined } | { readonly plan?: undefined; readonly problem: string };

function messageOf(error: unknown): string {
  const text = error instanceof Error && error.message ? error.message : String(error);
  // A message bar shows one line: the first line of a long host message is the useful one.
  return text.split("\n")[0];
}

/** The stored mapping text read as a mapping; a broken one is reported, not thrown. */
export function storedMapping(text: string | undefined): StoredMapping {
  if (text === undefined) return {};
  try {
    return { mapping: parseSavedMapping(JSON.parse(text)) };
  } catch (error) {
    return { problem: `The mapping saved by the last import could not be read (${messageOf(error)}); columns are mapped afresh.` };
  }
}

/** Plans the import, turning a sheet that cannot be imported into its message. */
function attempt(source: TrackerSource, stored: StoredMapping, headerRow: number | undefined, fields: ReadonlyMap<number, TrackerField | undefined>): Planned {
  try {
    return { plan: planTrackerImport({ name: source.name, values: source.values }, { headerRow, fields, mapping: stored.mapping, existing: source.existing }) };
  } catch (error) {
    return { problem: messageOf(error) };
  }
}

/** The sheet to open first: the saved mapping's, the only candidate, or the most tracker-like. */
async function firstSheet(workbook: SheetReader, candidates: readonly SheetSummary[], stored: StoredMapping): Promise<string | undefined> {
  const saved = stored.mapping?.sheet?.toLowerCase();
  const named = candidates.find((s) => s.name.toLowerCase() === saved);
  if (named) return named.name;
  if (candidates.length <= 1) return candidates[0]?.name;
  // The sheets are listed already; only the candidates' first rows are read to judge them.
  return chooseTrackerSheet({ listSheets: () => Promise.resolve([...candidates]), readSheet: (name, options) => workbook.readSheet(name, options) });
}

/**
 * The import view's state and actions. `planName` names a new plan; `trackerFile`, when given,
 * is where the tracker's sheets are read instead of the plan's workbook.
 */
export function useTrackerImport(workbook: ImportableWorkbook, planName: string | undefined, onImported: (finished: boolean) => void, trackerFile?: TrackerFile) {
  const sheetsFrom: SheetReader = trackerFile?.sheets ?? workbook;
  const [sheets, setSheets] = useState<SheetSummary[] | undefined>(undefined);
  const [stored, setStored] = useState<StoredMapping>({});
  const [source, setSource] = useState<TrackerSource | undefined>(undefined);
  const [headerRow, setHeaderRow] = useState<number | undefined>(undefined);
  const [fields, setFields] = useState<ReadonlyMap<number, TrackerField | undefined>>(new Map());
  const [work, setWork] = useState<ImportWork>("listing");
  const [error, setError] = useState<ImportProblem | undefined>(undefined);
  const [written, setWritten] = useState<WrittenImport | undefined>(undefined);

  const chooseSheet = useCallback(
    async (name: string) => {
      setWork("reading");
      setError(undefined);
      setWritten(undefined);
      try {
        // The whole sheet in one read; every choice after this is planned in memory.
        const [values, tables] = await Promise.all([sheetsFrom.readSheet(name), workbook.readTables()]);
        setSource({ name, values, existing: existingPlan(tables) });
        setHeaderRow(undefined);
        setFields(new Map());
      } catch (e) {
        setError({ title: `${name} could not be read`, message: messageOf(e) });
      } finally {
        setWork(undefined);
      }
    },
    [workbook, sheetsFrom],
  );

  useEffect(() => {
    let live = true;
    // Another workbook (a file opened meanwhile): nothing of the last one carries over.
    setSheets(undefined);
    setSource(undefined);
    setStored({});
    setHeaderRow(undefined);
    setFields(new Map());
    setWritten(undefined);
    setError(undefined);
    setWork("listing");
    Promise.all([sheetsFrom.listSheets(), workbook.readImportMapping()])
      .then(async ([all, text]) => {
        if (!live) return;
        const candidates = trackerCandidates(all);
        const saved = storedMapping(text);
        setSheets(candidates);
        setStored(saved);
        const first = await firstSheet(sheetsFrom, candidates, saved);
        if (!live) return;
        setWork(undefined);
        if (first) void chooseSheet(first);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setSheets((current) => current ?? []);
        setWork(undefined);
        setError({ title: "The sheets could not be read", message: messageOf(e) });
      });
    return () => {
      live = false;
    };
  }, [workbook, sheetsFrom, chooseSheet]);

  // The import as the importer finds it, kept apart so going back to the detected row costs nothing.
  const detected: Planned | undefined = useMemo(() => source && attempt(source, stored, undefined, new Map()), [source, stored]);
  const planned: Planned | undefined = useMemo(() => {
    if (!source) return undefined;
    return headerRow === undefined && fields.size === 0 ? detected : attempt(source, stored, headerRow, fields);
  }, [source, stored, headerRow, fields, detected]);

  const chooseHeaderRow = useCallback(
    (row: number) => {
      setWritten(undefined);
      // Another header row names other columns: choices made for the last one do not carry over.
      setFields(new Map());
      setHeaderRow(row === detected?.plan?.headerRow ? undefined : row);
    },
    [detected],
  );

  const chooseField = useCallback(
    (index: number, field: TrackerField) => {
      const columns = planned?.plan?.columns ?? [];
      setWritten(undefined);
      setFields((current) => {
        const next = new Map(current);
        // One column per field: a column fixed to it before (by the user or the saved mapping)
        // gives it up; a column the importer chose finds its next best field by itself.
        for (const c of columns) if (c.index !== index && c.field === field && field !== "ignored" && c.by !== "header" && c.by !== "values") next.set(c.index, "ignored");
        next.set(index, field);
        return next;
      });
    },
    [planned],
  );

  const accept = useCallback(async () => {
    if (!source || !planned?.plan) return;
    setWork("importing");
    setError(undefined);
    try {
      const result = await writeImport(workbook, { name: source.name, values: source.values }, { headerRow, fields, mapping: stored.mapping }, planName ?? source.name);
      setWritten(result);
      // The plan as it now is and the mapping just stored: the next import updates these rows.
      const [tables, text] = await Promise.all([workbook.readTables(), workbook.readImportMapping()]);
      setSource({ ...source, existing: existingPlan(tables) });
      setStored(storedMapping(text));
      setHeaderRow(undefined);
      setFields(new Map());
      onImported(true);
    } catch (e) {
      if (e instanceof TrackerImportError) {
        // Refused before any row was written; a table with no room is found once the template
        // is set up, which may have added tables or columns: the plan is checked again.
        setError({ title: "Nothing was imported", message: messageOf(e) });
        if (e.reason === "noRoom") onImported(false);
      } else {
        // Some tables may have taken their rows: the pane checks what is there, and pressing
        // Accept again updates those rows by their tracker key instead of adding them twice.
        setError({ title: "The import did not finish", message: messageOf(e) });
        onImported(false);
      }
    } finally {
      setWork(undefined);
    }
  }, [source, planned, workbook, headerRow, fields, stored, planName, onImported]);

  return { sheets, stored, source, planned, detectedRow: detected?.plan?.headerRow, headerRow, work, error, written, chooseSheet, chooseHeaderRow, chooseField, accept };
}

/** What `useTrackerImport` gives the view. */
export type TrackerImportState = ReturnType<typeof useTrackerImport>;
