/**
 * Statuses and activity types in the tracker's words mapped by meaning, with negations first.
 */
import { TACTIC_TYPES } from "../../../src/model/schema";
import { TacticTypeMapper } from "../../../src/workbook/convert/tracker/tacticTypes";
import { claimStatusOf, tacticStatusOf } from "../../../src/workbook/convert/tracker/valueWords";

describe("tactic statuses", () => {
  test.each([
    ["OK'd", "Approved", "exact"],
    ["approved", "Approved", "exact"],
    ["Done", "Completed", "exact"],
    ["Turned down", "Rejected", "exact"],
    ["Not approved", "Rejected", "exact"],
    ["Cancelled", "Cancelled", "exact"],
    ["Pending", "Submitted", "exact"],
    ["Waiting on vendor", "Submitted", "similar"],
    ["Approved - pending PO", "Approved", "similar"],
    ["Request declined by CAM", "Rejected", "similar"],
  ])("%s is %s (%s)", (text, value, how) => {
    expect(tacticStatusOf(text)).toEqual({ value, how });
  });

  test("a word that means no status is not guessed", () => {
    expect(tacticStatusOf("Blue")).toBeUndefined();
    expect(tacticStatusOf("")).toBeUndefined();
  });
});

describe("claim statuses", () => {
  test.each([
    ["Paid", "Paid"],
    ["Reimbursed", "Paid"],
    ["Approved for payment", "Approved"],
    ["In review", "Submitted"],
    ["Declined", "Rejected"],
  ])("%s is %s", (text, value) => {
    expect(claimStatusOf(text)?.value).toBe(value);
  });
});

describe("activity types against the plan's list", () => {
  const types = new TacticTypeMapper(TACTIC_TYPES);

  test("the same type in other spellings is that type", () => {
    expect(types.map("webinars")).toEqual({ type: "Webinar", how: "exact" });
    expect(types.map(" TRADE  SHOW ")).toEqual({ type: "Trade show", how: "exact" });
  });

  test("an obvious synonym maps by similarity", () => {
    expect(types.map("Email")).toEqual({ type: "Email campaign", how: "similar" });
    expect(types.map("Webcast")).toEqual({ type: "Webinar", how: "similar" });
    expect(types.map("Trade Show Booth")).toEqual({ type: "Trade show", how: "similar" });
    expect(types.map("Field event")).toEqual({ type: "Event", how: "similar" });
  });

  test("the vendor's own type is a new type, not forced into one", () => {
    expect(types.map("Paid Social")).toEqual({ type: "Paid Social", how: "new" });
    expect(types.map("Campaign")).toEqual({ type: "Campaign", how: "new" });
  });

  test("a plan's own list is used: its types match exactly", () => {
    const own = new TacticTypeMapper(["Paid Social", "Webinar"]);
    expect(own.map("paid social")).toEqual({ type: "Paid Social", how: "exact" });
    expect(own.map("Email")).toEqual({ type: "Email", how: "new" });
  });
});

describe("statuses in German, French and Spanish", () => {
  test.each([
    ["Bezahlt", "Paid"],
    ["Überwiesen", "Paid"],
    ["Genehmigt", "Approved"],
    ["Abgelehnt", "Rejected"],
    ["Eingereicht", "Submitted"],
    ["In Prüfung", "Submitted"],
    ["Entwurf", "Draft"],
    ["Payé", "Paid"],
    ["Remboursé", "Paid"],
    ["Validé", "Approved"],
    ["Refusé", "Rejected"],
    ["En attente", "Submitted"],
    ["Pagado", "Paid"],
    ["Aprobado", "Approved"],
    ["Rechazado", "Rejected"],
    ["Pendiente", "Submitted"],
    ["Borrador", "Draft"],
  ])("claim status %s is %s", (text, value) => {
    expect(claimStatusOf(text)).toEqual({ value, how: "exact" });
  });

  test.each([
    ["Storniert", "Cancelled"],
    ["Annulé", "Cancelled"],
    ["Cancelado", "Cancelled"],
    ["Terminé", "Completed"],
    ["Realizado", "Completed"],
    ["Bezahlt", "Completed"],
    ["Approuvé", "Approved"],
    ["Aprobado", "Approved"],
    ["Geplant", "Draft"],
    ["Prévu", "Draft"],
    ["Soumis", "Submitted"],
    ["Rechazado", "Rejected"],
  ])("tactic status %s is %s", (text, value) => {
    expect(tacticStatusOf(text)).toEqual({ value, how: "exact" });
  });
});

describe("negated and feminine words", () => {
  test.each(["Nicht bezahlt", "Not paid", "Non payée", "No pagado", "Noch nicht bezahlt"])("%s is never read as Paid (not understood, so listed)", (text) => {
    expect(claimStatusOf(text)).toBeUndefined();
  });

  test.each([
    ["Nicht genehmigt", "Rejected"],
    ["Non approuvé", "Rejected"],
    ["No aprobada", "Rejected"],
  ])("%s is %s", (text, value) => {
    expect(tacticStatusOf(text)?.value).toBe(value);
    expect(claimStatusOf(text)?.value).toBe(value);
  });

  test.each([
    ["Payée", "Paid"],
    ["Remboursée", "Paid"],
    ["Validée", "Approved"],
    ["Pagada", "Paid"],
    ["Aprobada", "Approved"],
    ["Rechazada", "Rejected"],
  ])("the claim status %s is %s", (text, value) => {
    expect(claimStatusOf(text)?.value).toBe(value);
  });

  test.each([
    ["Annulée", "Cancelled"],
    ["Terminée", "Completed"],
    ["Cancelada", "Cancelled"],
    ["Approved - no PO yet", "Approved"],
  ])("the activity status %s is %s", (text, value) => {
    expect(tacticStatusOf(text)?.value).toBe(value);
  });
});
