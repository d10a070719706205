/**
 * Browser mode's file service: open an .xlsx, start from the sample or a blank template, and
 * download the workbook as it is now. ExcelJS comes with the xlsx adapter through a dynamic
 * import, so the pane inside Excel never downloads it. An opened file's plan is read by
 * streaming its table sheets (`StreamFirstWorkbook`); ExcelJS loads it only to change it.
 * Where the page can start the open worker, the read and the analysis run there
 * (`worker/openOffThread.ts`), with the sheets the Set up view lists, and the page does not even
 * load the xlsx chunk to open and show a file. Where it cannot (a page opened from disk), the
 * same reader runs on the page (`worker/openOnPage.ts`).
 */
import { holdsNoPlan } from "../../engine/missingTables";
import type { ImportableWorkbook } from "../../workbook/port";
import { StreamFirstWorkbook } from "../../workbook/xlsx/StreamFirstWorkbook";
import type { PlanSession, PlanRead } from "../session/PlanSession";
import { downloadBlob, readFileBytes, XLSX_TYPE } from "./fileIo";
import type { SaveFile } from "./fileIo";
import { openOnPage } from "./worker/openOnPage";
import { openOffThread, WorkerUnavailableError } from "./worker/openOffThread";
import type { OpenedPlan, OpenProgress, OpenWorker } from "./worker/openOffThread";

/** The xlsx adapter's workbooks, loaded on first use. */
export type XlsxModule = typeof import("../../workbook/xlsx/fileWorkbooks");

/** A workbook browser mode holds: the port, and its bytes to download. */
type FileWorkbook = ImportableWorkbook & { toBuffer(): Promise<Uint8Array> };

/** A picked or dropped file: a Blob with a name. */
export interface NamedFile extends Blob {
  readonly name: string;
}

/** The name of the workbook "Load sample" makes. */
export const SAMPLE_FILE_NAME = "JMP sample plan.xlsx";
/** The name of the workbook "New plan" makes. */
export const NEW_FILE_NAME = "JMP plan.xlsx";

/** Collaborators; tests hand in the module directly and capture downloads. */
export interface BrowserFilesOptions {
  readonly loadXlsx?: () => Promise<XlsxModule>;
  readonly save?: SaveFile;
  /** Starts a worker running `worker/openWorker.ts` (absent: files are read on the page). */
  readonly startWorker?: () => OpenWorker;
  /**
   * Asks whether the changes to `fileName` not yet downloaded may be thrown away (default: the
   * browser's confirm dialog). Nothing else holds them: the workbook lives in this page only.
   */
  readonly confirmDiscard?: (fileName: string) => boolean;
}

/** The question asked before a changed workbook is replaced. */
export function discardQuestion(fileName: string): string {
  return `${fileName} has changes you have not downloaded. Replace it and lose them?`;
}

function askInBrowser(fileName: string): boolean {
  return window.confirm(discardQuestion(fileName));
}

/** A workbook opened, with its plan when the worker read it. */
interface Opened {
  readonly workbook: FileWorkbook;
  readonly read?: PlanRead;
}

/** Opens, creates and downloads workbooks for the session. */
export class BrowserFiles {
  private current: FileWorkbook | undefined;
  private readonly loadXlsx: () => Promise<XlsxModule>;
  private readonly save: SaveFile;
  private readonly startWorker: (() => OpenWorker) | undefined;
  private readonly confirmDiscard: (fileName: string) => boolean;

  constructor(
    private readonly session: PlanSession,
    options: BrowserFilesOptions = {},
  ) {
    this.loadXlsx = options.loadXlsx ?? (() => import(/* webpackChunkName: "xlsx" */ "../../workbook/xlsx/fileWorkbooks"));
    this.save = options.save ?? downloadBlob;
    this.startWorker = options.startWorker;
    this.confirmDiscard = options.confirmDiscard ?? askInBrowser;
  }

  /** True when nothing unsaved would be lost by replacing the workbook, or the user accepts losing it. */
  private mayReplace(): boolean {
    const { unsaved, fileName } = this.session.getState();
    return !unsaved || this.confirmDiscard(fileName ?? NEW_FILE_NAME);
  }

  /** Opens an .xlsx file (size- and zip-checked before it is unzipped) and checks its plan. */
  async open(file: NamedFile): Promise<void> {
    if (!this.mayReplace()) return;
    const outcome = await this.session.runTask("open", `Opening ${file.name}`, async (task): Promise<Opened> => {
      const bytes = await readFileBytes(file);
      if (!this.startWorker) return { workbook: await (await this.loadXlsx()).openStreamFirst(bytes) };
      const read = await this.readPlan(this.startWorker, bytes, task);
      const tables = { readTables: async () => read.tables };
      // ExcelJS's model (and the chunk that carries it) only for the first change.
      const workbook = new StreamFirstWorkbook(bytes, tables, async () => (await this.loadXlsx()).XlsxWorkbook.load(bytes), read.sheets);
      return { workbook, read };
    });
    if (outcome.ok) await this.use(outcome.value.workbook, file.name, outcome.value.read);
  }

  /**
   * Reads the plan in the open worker, or on the page by the same reader when the page cannot
   * start one (Chromium refuses workers to a page opened from disk: that is no fault of the file).
   */
  private async readPlan(startWorker: () => OpenWorker, bytes: Uint8Array, task: OpenProgress): Promise<OpenedPlan> {
    let worker: OpenWorker;
    try {
      worker = startWorker();
    } catch {
      return openOffThread(openOnPage(), bytes, task);
    }
    try {
      return await openOffThread(worker, bytes, task);
    } catch (error) {
      if (!(error instanceof WorkerUnavailableError)) throw error;
      return openOffThread(openOnPage(), bytes, task);
    }
  }

  /** A new workbook holding the template filled with the sample plan. */
  async loadSample(): Promise<void> {
    if (this.mayReplace()) await this.create(SAMPLE_FILE_NAME, true);
  }

  /** A new workbook holding the empty template. */
  async newPlan(): Promise<void> {
    if (this.mayReplace()) await this.create(NEW_FILE_NAME, false);
  }

  /**
   * Offers the workbook as it is now for download, under the name it was opened with. A changed
   * workbook's Dashboard and Issues sheets are rebuilt from the latest check first, so the file
   * never carries figures from before a change (an edited row, as merges and imports already do).
   */
  async download(): Promise<void> {
    const workbook = this.current;
    const fileName = this.session.getState().fileName ?? NEW_FILE_NAME;
    if (!workbook) return;
    const { unsaved, analysis, resultsFrom } = this.session.getState();
    if (unsaved && analysis !== undefined && resultsFrom !== analysis && !holdsNoPlan(analysis)) {
      await this.session.writeResults();
      if (this.session.getState().resultsFrom !== analysis) return;
    }
    const outcome = await this.session.runTask("save", `Preparing ${fileName}`, async () => {
      const bytes = await workbook.toBuffer();
      this.save(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), fileName);
    });
    if (outcome.ok) this.session.markSaved();
  }

  private async create(fileName: string, withSample: boolean): Promise<void> {
    const outcome = await this.session.runTask("apply", withSample ? "Building the sample plan" : "Creating the template", async () => {
      const { XlsxWorkbook } = await this.loadXlsx();
      const workbook = XlsxWorkbook.create();
      await workbook.applyTemplate({ withSample });
      return workbook;
    });
    // A workbook just made holds nothing the user did: not "changed" until they change it.
    if (outcome.ok) await this.use(outcome.value, fileName);
  }

  private use(workbook: FileWorkbook, fileName: string, read?: PlanRead): Promise<void> {
    this.current = workbook;
    return this.session.attach(workbook, fileName, { read });
  }
}
