/**
 * Acceptance of `jmp import` on coherent trackers: a tidy one with nothing to review, a
 * distributor's quarter under title rows with a Total row, and a vendor workbook whose activity
 * list is on its second sheet under a Grand Total.
 */
import { describeLayout, importWorkbook, report } from "./acceptance";
import { cleanPartnerTracker } from "./layouts/cleanPartnerTracker";
import { distributorQuarterly } from "./layouts/distributorQuarterly";
import { vendorQuarterly } from "./layouts/vendorQuarterly";

describeLayout(cleanPartnerTracker);
describeLayout(distributorQuarterly);
describeLayout(vendorQuarterly);

test("an obvious synonym takes the plan's own type: Email rows count under Email campaign", async () => {
  const { plan, result } = await importWorkbook(distributorQuarterly.build());
  expect(result.code).toBe(1);
  const types = (await report(plan)).tacticTypes;
  const email = types.find((t) => t.type === "Email campaign");
  const webinar = types.find((t) => t.type === "Webinar");
  // Email rows: Cloud Newsletter Blast (Approved, 2000 requested) and Security Email Series (Done, 1500).
  expect(email && { requested: email.requested, authorized: email.authorized }).toEqual({ requested: 3500, authorized: 3500 });
  // Webinars: 3500 + 2500 + 3000 requested; Paid claims 3500 + 2800.
  expect(webinar && { requested: webinar.requested, paid: webinar.paid }).toEqual({ requested: 9000, paid: 6300 });
  expect(types.map((t) => t.type)).not.toContain("Email");
});
