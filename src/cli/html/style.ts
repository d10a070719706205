/**
 * The report's stylesheet, inlined in the page so the file stands alone (no fetch, no script),
 * and the measure its headline figures scale by.
 */

/** A figure's character widths in em, at most what the fonts of the stack give them (DejaVu Sans Bold's are the widest). */
const NARROW = /[\s,.'’:]/;
const WIDE = /[%@MW—]/;

/**
 * The width of a headline figure in em, taken generously: the card sets it as `--em`, and the
 * stylesheet shrinks the figure to fit its card (never split, as a number must not be) only
 * when it would not fit at its own size.
 */
export function figureWidthEm(text: string): number {
  const em = [...text].reduce((sum, ch) => sum + (NARROW.test(ch) ? 0.4 : WIDE.test(ch) ? 1 : 0.7), 0);
  return Math.ceil(em * 10) / 10;
}

export const REPORT_CSS = `
:root { --ink: #1f2933; --muted: #5f6b7a; --line: #d9dee5; --head: #eef2f8; --accent: #2f5597; --error: #c00000; --warning: #9c6500; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 "Segoe UI", system-ui, -apple-system, Helvetica, Arial, sans-serif; color: var(--ink); background: #fafbfc; }
main { max-width: 1280px; margin: 0 auto; padding: 24px; }
h1 { margin: 0; font-size: 26px; color: var(--accent); }
h2 { margin: 32px 0 8px; font-size: 18px; }
h3 { margin: 0 0 4px; font-size: 15px; }
.subtitle, .note { color: var(--muted); }
.note { font-size: 12px; margin: 4px 0 8px; }
.scope { display: inline-block; margin-top: 6px; padding: 2px 10px; border-radius: 12px; background: var(--head); }
.kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin-top: 20px; }
/* A card is the container its figure scales to: a figure --em wide shrinks to the card's width where 20px would overflow it. */
.kpi { container-type: inline-size; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
.kpi .label { color: var(--muted); font-size: 12px; }
.kpi .value { font-size: 20px; font-size: min(20px, 100cqi / var(--em, 1)); font-weight: 600; white-space: nowrap; font-variant-numeric: tabular-nums; }
.kpi .value.words { white-space: normal; }
/* A column never wider than the page: one chart per row on a phone. */
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 480px), 1fr)); gap: 16px; }
figure, .scroll { min-width: 0; }
figure { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px; }
figure svg { width: 100%; height: auto; display: block; }
.scroll + .scroll { margin-top: 16px; }
.scroll { overflow-x: auto; background: #fff; border: 1px solid var(--line); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
caption { text-align: left; font-weight: 600; padding: 8px 10px; }
th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: left; white-space: nowrap; }
thead th { background: var(--head); position: sticky; top: 0; }
tfoot th, tfoot td { font-weight: 600; border-top: 2px solid var(--ink); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.nb { white-space: nowrap; }
.empty { color: var(--muted); font-style: italic; }
.findings td:last-child { white-space: normal; min-width: 320px; }
.badge { font-size: 11px; font-weight: 700; text-transform: uppercase; }
tr.error .badge { color: var(--error); }
tr.warning .badge { color: var(--warning); }
.ok { color: #375623; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
.narrow { display: none; }
@media (max-width: 600px) { .wide { display: none; } .narrow { display: block; } main { padding: 12px; } .kpis { grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); } h1 { font-size: 21px; } .findings td:last-child { min-width: 240px; } }
@media print { body { background: #fff; } .wide { display: block; } .narrow { display: none; } .charts { grid-template-columns: 1fr 1fr; } figure, .scroll { break-inside: avoid; } }
`;
