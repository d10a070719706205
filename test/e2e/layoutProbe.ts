/**
 * Layout checks measured in the page itself (getBoundingClientRect, getClientRects), so a test
 * asserts the layout rather than only taking a screenshot:
 * - nothing is wider than the viewport, except inside a box that scrolls on its own;
 * - no two text boxes of a chart overlap, and none is cut by the chart's edge;
 * - no number (money, percent, count) is split across lines;
 * - no ID (P-101, T-26/09/01) is split across lines.
 */
import type { Page } from "playwright-core";

/** What the probe found; every list is empty for a layout that fits. */
export interface LayoutProblems {
  /** Elements reaching past the viewport's right edge (tag.class "text" right=px). */
  readonly tooWide: string[];
  /** Whether the page itself scrolls sideways. */
  readonly pageScrollsSideways: boolean;
  /** Pairs of overlapping chart texts, and texts cut by their chart's edge. */
  readonly overlappingChartText: string[];
  /** Numbers and IDs whose characters sit on more than one line. */
  readonly splitTokens: string[];
}

/** Runs in the page: everything it uses must be defined inside it. */
function probe(): LayoutProblems {
  const viewport = document.documentElement.clientWidth;
  const describe = (el: Element): string => {
    const cls = typeof el.className === "string" ? el.className.split(" ")[0] : "";
    return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ""} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
  };
  // An element may be wider than the viewport inside a box that scrolls (or clips) sideways on
  // its own, when that box itself fits: the box is then checked in its own right.
  const scrollsOnItsOwn = (el: Element): boolean => {
    for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
      const overflow = getComputedStyle(p).overflowX;
      if (overflow === "auto" || overflow === "scroll" || overflow === "hidden") return p.getBoundingClientRect().right <= viewport + 0.5;
    }
    return false;
  };
  const visible = (el: Element): boolean => {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return style.visibility !== "hidden" && style.display !== "none" && box.width > 0 && box.height > 0;
  };

  const tooWide: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll("*"))) {
    if (!visible(el) || scrollsOnItsOwn(el) || el.closest("svg") !== null && el.tagName.toLowerCase() !== "svg") continue;
    const box = el.getBoundingClientRect();
    if (box.right > viewport + 0.5) tooWide.push(`${describe(el)} right=${Math.round(box.right)} viewport=${viewport}`);
  }

  const overlappingChartText: string[] = [];
  for (const svg of Array.from(document.querySelectorAll("svg"))) {
    const texts = Array.from(svg.querySelectorAll("text"))
      .filter((t) => (t.textContent ?? "").trim() !== "" && visible(t))
      .map((t) => ({ text: (t.textContent ?? "").trim(), box: t.getBoundingClientRect() }));
    const frame = svg.getBoundingClientRect();
    for (const t of texts) {
      if (t.box.left < frame.left - 0.5 || t.box.right > frame.right + 0.5) overlappingChartText.push(`"${t.text}" cut by the chart's edge`);
    }
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i].box;
        const b = texts[j].box;
        // One pixel of slack: glyph boxes of neighbouring labels may touch.
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
        if (overlap) overlappingChartText.push(`"${texts[i].text}" and "${texts[j].text}"`);
      }
    }
  }

  // Numbers ($1,085,000.00, 98.1%, 12,345) and IDs (P-101, INI-CLOUD, T-26/09/01).
  const token = /[-−]?[$€£¥]?\d[\d,.]*(%|\s?%)?|[A-Z][A-Z0-9]*-[A-Za-z0-9/_-]*[A-Za-z0-9]/g;
  const splitTokens: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? "";
    const parent = node.parentElement;
    if (!parent || parent.closest("svg, script, style, option") || !visible(parent)) continue;
    for (const match of text.matchAll(token)) {
      if (match[0].length < 2) continue;
      const range = document.createRange();
      range.setStart(node, match.index ?? 0);
      range.setEnd(node, (match.index ?? 0) + match[0].length);
      const tops = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) splitTokens.push(`"${match[0]}" in ${describe(parent)}`);
    }
  }

  return { tooWide, pageScrollsSideways: document.documentElement.scrollWidth > viewport, overlappingChartText, splitTokens };
}

/** The layout problems of what the page shows now. */
export async function layoutProblems(page: Page): Promise<LayoutProblems> {
  // Compiled by esbuild (tsx), nested functions call a `__name` helper the page does not have.
  await page.evaluate("globalThis.__name ??= (f) => f");
  return page.evaluate(probe);
}

/** No problems at all: the value a test expects. */
export const NO_LAYOUT_PROBLEMS: LayoutProblems = { tooWide: [], pageScrollsSideways: false, overlappingChartText: [], splitTokens: [] };
