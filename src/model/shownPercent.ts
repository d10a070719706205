/**
 * A ratio as the percent a person reads, rounded to a number of decimals, but never shown as
 * exactly 0 %, 100 % or -100 % unless it is that: a coverage of 99.99996 % beside an
 * "under-funded" finding (F03) must not read "100%", nor a little coverage "0%" (none), nor an
 * ROI that returns a little "-100%" (nothing). It then shows one step off (99 % or 99.9 %, 1 % or
 * 0.1 %, -99 %), which is what the figure is, to the precision shown.
 */

/** The percents that say something exact (none, all, all lost), shown only for that ratio. */
const EXACT = [0, 100, -100];

/** The percent (100 for a ratio of 1) of `ratio` rounded to `decimals`, kept off 0, 100 and -100 unless the ratio is that. */
export function shownPercent(ratio: number, decimals: number): number {
  const scale = 10 ** decimals;
  const shown = Math.round(ratio * 100 * scale) / scale;
  const exact = EXACT.find((p) => p === shown);
  if (exact === undefined || ratio * 100 === exact) return shown;
  // Rounded onto an exact percent from one side: one step back towards the ratio's side.
  const step = ratio * 100 < exact ? -1 : 1;
  return (exact * scale + step) / scale;
}
