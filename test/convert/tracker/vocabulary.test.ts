/**
 * The column vocabulary on header spellings it was not written against: abbreviations, symbols,
 * currency suffixes, plurals and word order, as trackers in the wild spell them.
 */
import { fieldsNamedBy } from "../../../src/workbook/convert/tracker/headerFields";
import { mapColumns } from "../../../src/workbook/convert/tracker/mapColumns";
import { TACTIC_TYPES } from "../../../src/model/schema";

const best = (header: string) => fieldsNamedBy(header)[0]?.field;

describe("headers in the tracker's own words", () => {
  test.each([
    ["Amt Req'd ($)", "requested"],
    ["MDF Requested (USD)", "requested"],
    ["Funds Requested", "requested"],
    ["Reimbursed Amt", "claimApproved"],
    ["Partner Co.", "partner"],
    ["Reseller Name", "partner"],
    ["Approval Dt", "authorizedOn"],
    ["No. of Leads", "leads"],
    ["Opps", "opportunities"],
    ["Wins", "deals"],
    ["Bookings (USD)", "revenue"],
    ["Closed Won Revenue", "revenue"],
    ["Pipeline $", "pipeline"],
    ["Program", "initiative"],
    ["Campaign Type", "tacticType"],
    ["Total Cost", "totalCost"],
    ["Activity Budget", "totalCost"],
    ["Authorised Amount", "authorized"],
    ["Claim Submitted On", "claimDate"],
    ["Payment Date", "paidOn"],
    ["Partner #", "partnerId"],
    ["Request ID", "activityId"],
    ["Start Dt", "start"],
    ["Expected Revenue", "expectedRevenue"],
  ])("%s reads as %s", (header, field) => {
    expect(best(header)).toBe(field);
  });

  test("a header naming nothing of a tracker names no field", () => {
    expect(fieldsNamedBy("Shoe size")).toEqual([]);
    expect(fieldsNamedBy("")).toEqual([]);
  });
});

describe("values decide what a header cannot", () => {
  const map = (header: string, values: unknown[]) => mapColumns([[header]], values.map((v) => [v]), TACTIC_TYPES)[0].field;

  test('"Approved" holding amounts is the approved amount; holding words, the status', () => {
    expect(map("Approved", [5000, "$2,500", 0])).toBe("authorized");
    expect(map("Approved", ["Yes", "No", "Pending"])).toBe("tacticStatus");
  });

  test("an amount column is never taken for a status or a date", () => {
    expect(map("Status", [100, 200, 300])).toBeUndefined();
    expect(map("Start", [100, 200, 300])).toBeUndefined();
  });

  test("a column of dates is never taken for an amount", () => {
    expect(map("Claimed", ["2026-03-01", "2026-04-02"])).toBeUndefined();
  });

  test("a status column with a header that says nothing is found by its words", () => {
    const columns = mapColumns([["Partner"], ["Activity"], ["Where it stands"]], [["A", "x", "Approved"], ["B", "y", "Pending"], ["C", "z", "Declined"]], TACTIC_TYPES);
    expect(columns[2]).toMatchObject({ field: "tacticStatus", by: "values" });
    expect(columns[2].confidence).toBeLessThan(0.75);
  });

  test("each field goes to one column, the better one", () => {
    const columns = mapColumns([["MDF"], ["MDF Requested"]], [[1, 2]], TACTIC_TYPES);
    expect(columns.map((c) => c.field)).toEqual([undefined, "requested"]);
  });
});
