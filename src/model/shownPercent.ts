/**
 * A ratio as the percent a person reads, rounded to a number of decimals, but never shown as
 * exactly 100 % unless it is 1: a coverage of 99.99996 % beside an "under-funded" finding (F03)
 * must not read "100%", nor a utilization a hair above the funding. It then shows one step off
 * (99 % or 99.9 %, 101 % or 100.1 %), which is what the figure is, to the precision shown.
 */

/** The percent (100 for a ratio of 1) of `ratio` rounded to `decimals`, kept off 100 unless the ratio is 1. */
export function shownPercent(ratio: number, decimals: number): number {
  const scale = 10 ** decimals;
  const shown = Math.round(ratio * 100 * scale) / scale;
  if (shown !== 100 || ratio === 1) return shown;
  return ratio < 1 ? (100 * scale - 1) / scale : (100 * scale + 1) / scale;
}
