/**
 * The words on a pack's Instructions sheet: what the partner fills in, how new rows are added,
 * which columns are the vendor's, and that the locks are a convenience, not a safeguard.
 */
import { isVendorOwned, PARTNER_TABLES } from "../../engine/merge";
import type { PackSelection } from "../../engine/merge";
import { requireTableSpec } from "../../model/schema";
import { PROVENANCE_SHEET } from "./packLayout";
import type { Instructions } from "./packLayout";

/** "Tactics: Status; Claims: Status, Amount approved, Paid on", from the schema. */
function vendorColumns(): string {
  return PARTNER_TABLES.map(requireTableSpec)
    .map((spec) => ({ spec, headers: spec.columns.filter(isVendorOwned).map((c) => c.header) }))
    .filter((t) => t.headers.length > 0)
    .map((t) => `${t.spec.label}: ${t.headers.join(", ")}`)
    .join("; ");
}

/** The Instructions of a pack made at `made`. */
export function packInstructions(selection: PackSelection, made: Date): Instructions {
  const { partner } = selection;
  const plan = selection.planName || "the joint marketing plan";
  const from = selection.vendor ? ` from ${selection.vendor}` : "";
  return {
    title: `${plan}: partner pack for ${partner.name || partner.id} (${partner.id})`,
    paragraphs: [
      // "Made on", not "as of": the plan's As of setting is another date (the day overdue claims are counted to).
      `This workbook${from} holds your part of ${plan} as it was when the pack was made, on ${made.toISOString().slice(0, 10)}. Fill it in and send it back; the vendor imports it into the plan.`,
      "Joint Plan, Tactics, Claims and Outcomes are yours to edit: change the cells of your rows, and add new rows in the empty rows at the end of each table (or just below it). Use the dropdowns; they list the allowed values, your partner ID, the initiatives and your tactics.",
      `Shaded columns are the vendor's (${vendorColumns()}). They are locked, and the import never takes them from this file: a new tactic arrives as Submitted, and the vendor approves it. One exception: a claim's Status is open, so you can move your own Draft claim to Submitted when it is ready (a new claim arrives as the Draft or Submitted you give it); Approved, Paid and Rejected are the vendor's to set.`,
      "Shaded cells in your own rows are decided: an approved or completed tactic's initiative, type, dates, total cost and MDF requested (what the vendor approved), and every cell of a claim the vendor has approved, paid or rejected. Ask the vendor to change them; you can still update an approved tactic's description and expected results.",
      "Allocations shows what the vendor authorized for your tactics (and your lump sums), for reference: it is locked, and changes there are not imported.",
      "The locks are a convenience, not a safeguard: the sheets have no password, and the import checks every cell whatever the sheet allows.",
      "Initiatives, Tactic Types, Partners and Settings are for reference; changes there are not imported. A tactic's type is one of the plan's Tactic Types: ask the vendor to add a type the list lacks.",
      "Keep the IDs of existing rows as they are: a row with a new ID is imported as a new row, and the old one stays in the plan. Deleting a row here does not delete it from the plan. Give each new row its ID (a new outcome an Outcome ID): a new row without one is not imported, so that a corrected copy of this file updates the row instead of adding it again.",
      `Leave the hidden ${PROVENANCE_SHEET} sheet in place: it records what this file was made from, so the import can tell your changes from the vendor's.`,
    ],
  };
}
