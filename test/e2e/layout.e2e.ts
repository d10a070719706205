/**
 * Layouts that fit, measured in Chromium rather than only photographed: the pane at 350 px (an
 * Excel task pane) and 1280 px, and the HTML report at 390 px (a phone) and 1280 px. On each,
 * nothing is wider than the viewport (tables scroll inside their own box), no two chart texts
 * overlap or run off their chart, and no number or ID is split across lines.
 */
import { readFileSync } from "fs";
import { basename, join } from "path";
import { chromium } from "playwright-core";
import type { Page } from "playwright-core";
import { CHROMIUM, SCREENSHOTS, startPane, WORK_DIR } from "./paneBrowser";
import type { PaneHarness } from "./paneBrowser";
import { layoutProblems, NO_LAYOUT_PROBLEMS } from "./layoutProbe";
import { openFile, showView } from "./paneText";
import { jmp, samplePlanFile } from "./workbooks";

const PANE_VIEWS = ["Set up", "Check", "Funding", "Claims", "Results", "Partner workbooks"];

describe("the pane", () => {
  let pane: PaneHarness;

  beforeAll(async () => {
    pane = await startPane();
    await pane.open();
    const file = samplePlanFile("layout-plan.xlsx");
    await openFile(pane.page, file, basename(file));
  });

  afterAll(async () => {
    await pane?.close();
  });

  test.each([350, 1280])("fits at %i px in every view", async (width) => {
    await pane.page.setViewportSize({ width, height: 900 });
    for (const view of PANE_VIEWS) {
      await showView(pane.page, view);
      expect({ view, ...(await layoutProblems(pane.page)) }).toEqual({ view, ...NO_LAYOUT_PROBLEMS });
    }
    await showView(pane.page, "Results");
    await pane.screenshot(`layout-pane-results-${width}`);
  });

  test("the file bar takes one row above the tabs at 350 px", async () => {
    await pane.page.setViewportSize({ width: 350, height: 900 });
    const bar = await pane.page.getByRole("group", { name: "Workbook file" }).boundingBox();
    const open = await pane.page.getByRole("button", { name: "Open .xlsx" }).boundingBox();
    const more = await pane.page.getByRole("button", { name: "More file actions" }).boundingBox();
    expect(bar?.height).toBeLessThan(56);
    // Every control on the same line.
    expect(Math.abs((open?.y ?? 0) - (more?.y ?? 100))).toBeLessThan(2);
  });
});

describe("the HTML report", () => {
  let html: string;

  beforeAll(() => {
    const file = samplePlanFile("layout-report-plan.xlsx");
    const out = join(WORK_DIR, "layout-report.html");
    jmp("report", file, "--html", out);
    html = readFileSync(out, "utf8");
  });

  /** Runs `look` on the report shown at `width` px. */
  async function atWidth<T>(width: number, look: (page: Page) => Promise<T>): Promise<T> {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
    try {
      const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      await page.setContent(html);
      return await look(page);
    } finally {
      await browser.close();
    }
  }

  test.each([350, 390, 1280])("fits at %i px: no sideways scroll, no overlapping chart text, no split number", async (width) => {
    await atWidth(width, async (page) => {
      expect(await layoutProblems(page)).toEqual(NO_LAYOUT_PROBLEMS);
      await page.screenshot({ path: join(SCREENSHOTS, `layout-report-${width}.png`), fullPage: true });
    });
  });

  // A card's figure reaching past the card stays inside the page, so the probe above misses it.
  test.each([320, 350, 390, 1280])("every headline figure fits its card at %i px ($3,893,750.50 among them)", async (width) => {
    const overflowing = await atWidth(width, async (page) => {
      await page.locator(".kpis").screenshot({ path: join(SCREENSHOTS, `layout-report-cards-${width}.png`) });
      return page.locator(".kpi").evaluateAll((cards) =>
        cards.flatMap((card) => {
          const over = [card, card.querySelector(".value")].find((el) => !el || el.scrollWidth > el.clientWidth);
          return over === undefined ? [] : [`${card.textContent ?? ""}: ${over ? `${over.scrollWidth} px in ${over.clientWidth}` : "no figure"}`];
        }),
      );
    });
    expect(html).toContain("$3,893,750.50");
    expect(overflowing).toEqual([]);
  });
});
