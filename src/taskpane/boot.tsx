/**
 * Starts the pane in the host it finds. Inside Excel: the open workbook through the Office.js
 * adapter, the page's one live plan on that same workbook (the `JMP.*` functions and the ribbon
 * commands use it too), a session that follows edits through it, and the Office theme. Anywhere else: browser mode on files, themed like the system. The entry
 * (`index.tsx`) hands in `Office` and the Excel adapter; nothing here names a host global.
 */
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import type { LiveWorkbook } from "../workbook/port";
import { BrowserFiles } from "./browser/BrowserFiles";
import type { BrowserFilesOptions } from "./browser/BrowserFiles";
import { detectHost } from "./hostReady";
import type { OfficeReady } from "./hostReady";
import { PaneRoot } from "./PaneRoot";
import { PlanSession } from "./session/PlanSession";
import type { HostMode, SharedPlan } from "./session/PlanSession";
import { isDarkColor } from "./theme";

/** The part of `Office` the pane uses. */
export interface OfficeApi extends OfficeReady {
  readonly context?: { readonly officeTheme?: { readonly bodyBackgroundColor?: string } };
}

/** What the entry hands in. */
export interface BootOptions {
  /** `Office`, or undefined where office.js is not on the page. */
  readonly office: OfficeApi | undefined;
  readonly container: HTMLElement;
  /** The open Excel workbook (called only inside Excel). */
  readonly excelWorkbook: () => LiveWorkbook;
  /**
   * The page's live plan over that workbook, shared with the `JMP.*` functions and the ribbon
   * commands (made by the first caller, then the same one).
   */
  readonly livePlan: (workbook: LiveWorkbook) => SharedPlan;
  readonly timeoutMs?: number;
  /** Browser mode's file service options: the open worker; tests hand in their own. */
  readonly files?: BrowserFilesOptions;
}

/** The running pane. */
export interface Pane {
  readonly mode: HostMode;
  readonly session: PlanSession;
  unmount(): void;
}

/** Renders the pane into `container` once the host is known; resolves with it. */
export async function bootPane(options: BootOptions): Promise<Pane> {
  const root: Root = createRoot(options.container);
  let pane: Pane | undefined;
  let lateExcel = false;

  const startExcel = (office: OfficeApi): Pane => {
    const workbook = options.excelWorkbook();
    const session = new PlanSession({ mode: "excel", workbook, plan: options.livePlan(workbook) });
    root.render(<PaneRoot services={{ session }} dark={isDarkColor(office.context?.officeTheme?.bodyBackgroundColor)} />);
    // Listening first: no edit between the read and the listener is missed (the read is the shared one).
    void session.follow().then(() => session.refresh());
    return { mode: "excel", session, unmount: () => close(session) };
  };

  const startBrowser = (): Pane => {
    const session = new PlanSession({ mode: "browser" });
    const files = new BrowserFiles(session, options.files);
    root.render(<PaneRoot services={{ session, files }} />);
    return { mode: "browser", session, unmount: () => close(session) };
  };

  const close = (session: PlanSession): void => {
    session.dispose();
    root.unmount();
  };

  // Excel answered after the wait: leave browser mode for the add-in it really is.
  const switchToExcel = (): void => {
    if (!options.office || pane?.mode !== "browser") return;
    pane.session.dispose();
    pane = startExcel(options.office);
  };

  const mode = await detectHost(options.office, {
    timeoutMs: options.timeoutMs,
    onLateExcel: () => {
      lateExcel = true;
      if (pane) switchToExcel();
    },
  });
  pane = mode === "excel" && options.office ? startExcel(options.office) : startBrowser();
  if (lateExcel) switchToExcel();
  return {
    get mode() {
      return pane?.mode ?? mode;
    },
    get session() {
      return (pane as Pane).session;
    },
    unmount: () => pane?.unmount(),
  };
}
