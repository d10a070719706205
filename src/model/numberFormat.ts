/**
 * Number conventions: how a plan's text amounts and text dates are written (the `Number format`
 * setting). Cells Excel already holds as numbers or dates need none; these rules read what
 * people type as text, and what a partner pack shows them.
 */

/** How one locale writes numbers and dates. */
export interface NumberConvention {
  /** The setting's value, as the template lists it ("de-DE"). */
  readonly name: string;
  /** The decimal mark. */
  readonly decimal: "." | ",";
  /** Characters that group thousands (spaces are always allowed in front of a currency mark). */
  readonly group: string;
  /**
   * True when a numeric date is written day first (31.03.2026, 31/03/2026). False: month first
   * when both parts could be either (3/31/2026), as Excel's en-US locale reads it; a dotted
   * date is day first even then.
   */
  readonly dayFirst: boolean;
  /** The Excel number format a partner pack shows dates in. */
  readonly dateFormat: string;
}

const NBSP = "\u00a0";
const NARROW_NBSP = "\u202f";

/** The conventions the `Number format` setting accepts, by name. */
export const NUMBER_CONVENTIONS: readonly NumberConvention[] = [
  // en-US packs keep the template's ISO dates, which no reader can take the wrong way round.
  { name: "en-US", decimal: ".", group: ",", dayFirst: false, dateFormat: "yyyy-mm-dd" },
  { name: "en-GB", decimal: ".", group: ",", dayFirst: true, dateFormat: "dd/mm/yyyy" },
  { name: "de-DE", decimal: ",", group: ".", dayFirst: true, dateFormat: "dd.mm.yyyy" },
  { name: "de-CH", decimal: ".", group: "'’", dayFirst: true, dateFormat: "dd.mm.yyyy" },
  { name: "fr-FR", decimal: ",", group: ` ${NBSP}${NARROW_NBSP}`, dayFirst: true, dateFormat: "dd/mm/yyyy" },
  { name: "es-ES", decimal: ",", group: ".", dayFirst: true, dateFormat: "dd/mm/yyyy" },
  { name: "it-IT", decimal: ",", group: ".", dayFirst: true, dateFormat: "dd/mm/yyyy" },
  { name: "nl-NL", decimal: ",", group: ".", dayFirst: true, dateFormat: "dd-mm-yyyy" },
];

/** The convention of a plan that sets none: en-US, as Excel's default locale reads text. */
export const DEFAULT_CONVENTION: NumberConvention = NUMBER_CONVENTIONS[0];

/** The convention a setting value names (case-insensitive, `de_DE` as `de-DE`), or undefined. */
export function conventionNamed(name: string): NumberConvention | undefined {
  const wanted = name.trim().replace("_", "-").toLowerCase();
  return NUMBER_CONVENTIONS.find((c) => c.name.toLowerCase() === wanted);
}
