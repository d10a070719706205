/**
 * Headless Chromium (Debian's, never a downloaded one) showing the pane's browser page at the
 * width of an Excel task pane. Every request goes through one gate: requests to the local test
 * server pass, everything else is refused and recorded, so a test can assert that the pane
 * tried to reach nothing outside. Uncaught page errors and console errors (CSP violations among
 * them) are recorded too.
 */
import { mkdirSync } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { BUILD_DIR, PAGE, ROOT } from "./build";
import { HANG_GUARD_MS } from "../setup/hangGuard.cjs";
import { serveFolder } from "./staticServer";
import type { StaticServer } from "./staticServer";

/** Debian's Chromium. */
export const CHROMIUM = "/usr/bin/chromium";
/** An Excel task pane's usual width. */
export const PANE_WIDTH = 350;
/** Where screenshots go (git-ignored). */
export const SCREENSHOTS = join(ROOT, "test-output", "screenshots");
/** Where test workbooks and downloads go (git-ignored). */
export const WORK_DIR = join(ROOT, "test-output", "e2e");

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"];

/** A pane in a browser, with what it tried and what went wrong. */
export interface PaneHarness {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly server: StaticServer;
  /** Requests to anywhere but the local server (all refused). */
  readonly outside: readonly string[];
  /** Uncaught exceptions and console errors of the page. */
  readonly errors: readonly string[];
  /** Loads the pane's page (from the server, or from disk as `file:///.../app.html`) and waits until it shows its file controls. */
  open(from?: "server" | "disk"): Promise<void>;
  /** A full-page screenshot at pane width: `test-output/screenshots/<name>.png`. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts the server on the build, Chromium, and a page at pane width. */
export async function startPane(): Promise<PaneHarness> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  mkdirSync(WORK_DIR, { recursive: true });
  const server = await serveFolder(BUILD_DIR);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
    const context = await browser.newContext({ viewport: { width: PANE_WIDTH, height: 900 }, deviceScaleFactor: 1, acceptDownloads: true, locale: "en-US", timezoneId: "UTC" });
    const outside: string[] = [];
    const errors: string[] = [];
    const fromDisk = `${pathToFileURL(BUILD_DIR).href}/`;
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.origin}/`) || url.startsWith(fromDisk)) return route.continue();
      outside.push(url);
      return route.abort("blockedbyclient");
    });
    // Playwright gives each wait 30 s of wall time: on a busy machine opening a plan can take
    // longer, so waits share the suite's one hang guard instead.
    context.setDefaultTimeout(HANG_GUARD_MS);
    const page = await context.newPage();
    page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
    const opened = browser;
    return {
      page,
      context,
      server,
      outside,
      errors,
      open: async (from = "server") => {
        await page.goto(from === "disk" ? `${fromDisk}${PAGE}` : `${server.origin}/${PAGE}`);
        await page.getByRole("group", { name: "Workbook file" }).waitFor();
      },
      screenshot: async (name) => {
        const path = join(SCREENSHOTS, `${name}.png`);
        // Finished animations: a tab's indicator caught mid-slide would show two selected tabs.
        await page.screenshot({ path, fullPage: true, animations: "disabled" });
        return path;
      },
      close: async () => {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
