/**
 * Where a tracker's header and activities are: titles, group headings and two-row headers above;
 * blank rows, subtotals, an unlabelled SUM row and notes among and below the activities.
 */
import { planTrackerImport, requireSomethingToImport, TrackerImportError } from "../../../src/workbook/convert/tracker";
import type { SheetValues } from "../../../src/workbook/port";

function sheet(grid: unknown[][], top = 1): { name: string; values: SheetValues } {
  return { name: "Tracker", values: { headers: grid[0], rows: grid.slice(1), headerRow: top } };
}

const HEADER = ["Partner", "Activity", "Requested", "Approved", "Claimed"];

describe("finding the header", () => {
  test("skips a title, a blank row and a merged group heading", () => {
    const result = planTrackerImport(sheet([["MDF tracker 2026"], [], [null, null, "Funding", null, null], HEADER, ["A", "x", 10, 10, 5]], 3));
    expect(result.headerRow).toBe(6);
    expect(result.headerRows).toBe(1);
  });

  test("combines a two-row header whose lower words say little alone", () => {
    const result = planTrackerImport(sheet([["Partner", "Activity", "Claim", null, null], [null, null, "Amount", "Date", "Status"], ["A", "x", 5, "2026-01-02", "Paid"]]));
    expect(result.headerRows).toBe(2);
    expect(result.columns.map((c) => [c.header, c.field])).toEqual([
      ["Partner", "partner"],
      ["Activity", "activity"],
      ["Claim Amount", "claimed"],
      ["Claim Date", "claimDate"],
      ["Claim Status", "claimStatus"],
    ]);
  });

  test("the header row the user names is used", () => {
    const result = planTrackerImport(sheet([HEADER, ["A", "x", 10, 10, 5], ["B", "y", 20, 0, 0]]), { headerRow: 1 });
    expect(result.headerRow).toBe(1);
    expect(() => planTrackerImport(sheet([HEADER, ["A", "x", 1, 1, 1]]), { headerRow: 9 })).toThrow(TrackerImportError);
  });

  test("a blank row named as the header is refused, naming the row that looks like one when there is", () => {
    const titled = sheet([["MDF tracker 2026"], [], HEADER, ["A", "x", 10, 10, 5]], 3);
    // Planned still (the pane lets the user name its columns by hand), but nothing to import.
    const blank = planTrackerImport(titled, { headerRow: 4 });
    expect(() => requireSomethingToImport(blank, titled)).toThrow(new TrackerImportError('Row 4 of "Tracker" is blank, so it cannot be the header row; row 5 looks like the header', "badHeaderRow"));
    const notes = sheet([["Notes"], [], ["A", "x", 10]]);
    expect(() => requireSomethingToImport(planTrackerImport(notes, { headerRow: 2 }), notes)).toThrow(/^Row 2 of "Tracker" is blank, so it cannot be the header row; no row looks like a tracker's header$/);
  });

  test("a blank row under a header row is read as the header merged down over it, as before", () => {
    const below = sheet([HEADER, [], ["A", "x", 10, 10, 5]]);
    const imported = planTrackerImport(below, { headerRow: 2 });
    expect(() => requireSomethingToImport(imported, below)).not.toThrow();
    expect(imported.columns.map((c) => c.header)).toEqual(HEADER);
  });

  test("a sheet with no header is refused with one line, an empty one too", () => {
    expect(() => planTrackerImport(sheet([["Dear partner, thank you"], ["for a great year"], [1, 2, 3]]))).toThrow(/No row of "Tracker" looks like a tracker's header/);
    expect(() => planTrackerImport(sheet([[]]))).toThrow(/is empty/);
  });
});

describe("sorting out the rows under it", () => {
  test("blank rows, subtotals, a grand total, an unlabelled SUM row and notes are skipped, activities kept", () => {
    const grid = [
      HEADER,
      ["EMEA"],
      ["A", "x", 100, 100, 50],
      [],
      ["B", "y", 200, 150, 0],
      ["Subtotal", null, 300, 250, 50],
      ["C", "z", 50, 50, 50],
      ["Grand total", null, 350, 300, 100],
      ["Figures as of 30 June; claims pending audit."],
    ];
    const result = planTrackerImport(sheet(grid));
    expect(result.counts.JmpTactics).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(result.skipped.map((s) => [s.row, s.reason])).toEqual([
      [2, "note"],
      [4, "blank"],
      [6, "totals"],
      [8, "totals"],
      [9, "note"],
    ]);
    expect(result.reconciliation).toMatchObject({ totalsRow: 8, matches: true });
  });

  test("a SUM row without a label is the totals row, and a wrong total is reported with its difference", () => {
    const result = planTrackerImport(sheet([HEADER, ["A", "x", 100, 100, 50], ["B", "y", 200, 150, 25], [null, null, 300, 250, 75]]));
    expect(result.skipped.map((s) => s.reason)).toEqual(["totals"]);
    const wrong = planTrackerImport(sheet([HEADER, ["A", "x", 100, 100, 50], ["B", "y", 200, 150, 25], ["Total", null, 300, 260, 75]]));
    expect(wrong.reconciliation?.matches).toBe(false);
    expect(wrong.reconciliation?.totals.find((t) => t.field === "authorized")).toMatchObject({ tracker: 260, imported: 250, difference: -10, matches: false });
    expect(wrong.review.some((r) => r.kind === "conflict")).toBe(true);
  });

  test("a row repeating an earlier one in every imported column is imported as the tracker has it, and listed with both rows", () => {
    const result = planTrackerImport(sheet([
      ["Partner", "Activity", "Start", "Requested", "Approved"],
      ["Contoso", "Booth", "2026-03-01", 5000, 5000],
      ["Litware", "Webinar", "2026-03-05", 2000, 2000],
      ["Contoso", "Booth", "2026-03-01", 5000, 5000],
      ["Contoso", "Booth", "2026-04-01", 5000, 5000],
    ]));
    expect(result.rows.filter((row) => row.table === "JmpTactics")).toHaveLength(4);
    const repeats = result.review.filter((item) => item.message.startsWith("Repeats"));
    expect(repeats).toEqual([expect.objectContaining({ kind: "keptRow", rows: [4], message: expect.stringContaining("Repeats an earlier row in every imported column") })]);
  });

  test("many repeating rows make one remark listing them", () => {
    const rows = Array.from({ length: 40 }, () => ["Contoso", "Monthly spend", 100, 100]);
    const result = planTrackerImport(sheet([["Partner", "Activity", "Requested", "Approved"], ...rows]));
    const repeats = result.review.filter((item) => item.message.startsWith("Repeats"));
    expect(repeats).toHaveLength(1);
    expect(repeats[0].rows).toEqual(Array.from({ length: 39 }, (_, i) => i + 3));
  });

  test.each([
    ["after", 0],
    ["before", 1],
  ])("a partner's name typed in the ID column (%s the row with its ID) is taken as that partner; an ID that looks like a name is kept and listed", (_where, nameFirst) => {
    const named = [
      ["CON-01", "Contoso Ltd", "Booth", 5000, 5000],
      ["Contoso Ltd", null, "Email", 2000, 2000],
    ];
    if (nameFirst) named.reverse();
    const result = planTrackerImport(sheet([["Partner ID", "Partner", "Activity", "Requested", "Approved"], ...named, ["Northwind Traders", null, "Webinar", 1000, 1000]]));
    const partners = result.rows.filter((row) => row.table === "JmpPartners");
    expect(partners.map((row) => [row.id, row.cells.get("partner")])).toEqual([
      ["CON-01", "Contoso Ltd"],
      ["Northwind Traders", "Northwind Traders"],
    ]);
    expect(result.rows.filter((row) => row.table === "JmpTactics").map((row) => row.cells.get("partnerId"))).toEqual(["CON-01", "CON-01", "Northwind Traders"]);
    expect(result.review.map((item) => item.message)).toEqual(
      expect.arrayContaining(['Partner ID "Contoso Ltd" is the name of partner CON-01: taken as that partner', expect.stringMatching(/^Partner ID "Northwind Traders" looks like a name: kept as the partner's ID/)]),
    );
  });

  test("a total that differs by amounts typed as text, which Excel's SUM skips, says so with their rows", () => {
    const result = planTrackerImport(sheet([
      ["Partner", "Activity", "Requested", "Approved"],
      ["Adatum", "Webinar", 1000, 1000],
      ["Litware", "Event", "$2,000.00", 2000],
      ["Contoso", "Email", "$500", 500],
      ["Total", null, 1000, 3500],
    ]));
    expect(result.reconciliation?.totals.find((t) => t.field === "requested")).toMatchObject({ tracker: 1000, imported: 3500, difference: 2500, typedAsText: { rows: [3, 4], amount: 2500 } });
    expect(result.review).toContainEqual({ kind: "conflict", message: `"Requested": the tracker's total leaves out the amounts typed as text, which Excel's SUM skips and the import reads: that is the whole difference`, column: "Requested", rows: [3, 4] });
    expect(result.review.filter((r) => r.message.includes("typed as text"))).toHaveLength(1);
  });

  test("an ID that is another partner's name as well as its own ID, or a name two IDs share, is no name for an ID cell", () => {
    const own = planTrackerImport(sheet([
      ["Partner ID", "Partner", "Activity", "Requested", "Approved"],
      ["NWT", "Northwind", "Booth", 5000, 5000],
      ["NORTHWIND", "Northwind Traders EU", "Email", 2000, 2000],
    ]));
    expect(own.rows.filter((r) => r.table === "JmpTactics").map((r) => r.cells.get("partnerId"))).toEqual(["NWT", "NORTHWIND"]);
    const shared = planTrackerImport(sheet([
      ["Partner ID", "Partner", "Activity", "Requested", "Approved"],
      ["CON-US", "Contoso", "Booth", 5000, 5000],
      ["CON-DE", "Contoso GmbH", "Email", 2000, 2000],
      ["Contoso", null, "Webinar", 1000, 1000],
    ]));
    expect(shared.rows.filter((r) => r.table === "JmpTactics").map((r) => r.cells.get("partnerId"))).toEqual(["CON-US", "CON-DE", "Contoso"]);
  });

  test("a notes column the tracker fills is left out with a note saying so, not silently", () => {
    const result = planTrackerImport(sheet([
      ["Partner", "Activity", "Requested", "Approved", "Notes"],
      ["Contoso", "Booth", 5000, 5000, "booth #412"],
      ["Litware", "Email", 2000, 2000, null],
    ]));
    expect(result.columns.find((c) => c.header === "Notes")?.field).toBe("ignored");
    expect(result.notes).toContain('Column E "Notes" holds notes, which the plan has no column for: not imported.');
    const empty = planTrackerImport(sheet([["Partner", "Activity", "Requested", "Notes"], ["Contoso", "Booth", 5000, null]]));
    expect(empty.notes.filter((n) => n.includes("holds notes"))).toEqual([]);
  });

  test("an activity costing what the rows above it cost together is kept, at the end of the sheet or amid it, and listed", () => {
    const header = ["Partner", "Program", "Activity", "Type", "Start", "End", "Requested", "Approved", "Total cost"];
    const last = planTrackerImport(sheet([
      header,
      ["Adatum", "Cloud", "Webinar March", "Webinar", "2026-03-01", "2026-03-01", 5000, 5000, 10000],
      ["Adatum", "Cloud", "Webinar April", "Webinar", "2026-04-01", "2026-04-01", 5000, 5000, 10000],
      ["Litware", "Cloud", "Email", "Email", "2026-04-01", "2026-04-01", 1500, 1500, 3000],
      ["Litware", "Cloud", "Email 2", "Email", "2026-05-01", "2026-05-01", 1500, 1500, 3000],
      ["Contoso", "Cloud", "Event", "Event", "2026-06-01", "2026-06-02", 13000, 13000, 26000],
    ]));
    const tactics = (r: ReturnType<typeof planTrackerImport>) => r.rows.filter((row) => row.table === "JmpTactics");
    const sum = (r: ReturnType<typeof planTrackerImport>, key: string) => tactics(r).reduce((n, row) => n + Number(row.cells.get(key)), 0);
    expect(tactics(last).map((t) => t.cells.get("description"))).toEqual(["Webinar March", "Webinar April", "Email", "Email 2", "Event"]);
    expect(last.counts.JmpPartners?.added).toBe(3);
    // 5,000 + 5,000 + 1,500 + 1,500 + 13,000 requested; 10,000 + 10,000 + 3,000 + 3,000 + 26,000 cost.
    expect([sum(last, "mdfRequested"), sum(last, "totalCost")]).toEqual([26_000, 52_000]);
    expect(last.skipped).toEqual([]);
    expect(last.reconciliation).toBeUndefined();
    expect(last.review).toContainEqual(expect.objectContaining({ kind: "keptRow", rows: [6] }));

    const amid = planTrackerImport(sheet([
      ["Partner", "Activity", "Type", "Start", "End", "Requested", "Approved", "Total cost"],
      ["Adatum", "Webinar A", "Webinar", "2026-03-01", "2026-03-01", 1000, 1000, 2000],
      ["Adatum", "Webinar B", "Webinar", "2026-04-01", "2026-04-01", 2000, 2000, 4000],
      ["Litware", "Spring event", "Event", "2026-05-01", "2026-05-02", 3000, 3000, 6000],
      ["Litware", "Summer event", "Event", "2026-06-01", "2026-06-02", 2500, 2500, 5000],
      ["Total", null, null, null, null, 8500, 8500, 17000],
    ]));
    // 1,000 + 2,000 + 3,000 + 2,500 requested, and the tracker's own total agrees.
    expect(sum(amid, "mdfRequested")).toBe(8_500);
    expect(amid.skipped.map((s) => [s.row, s.reason])).toEqual([[6, "totals"]]);
    expect(amid.reconciliation).toMatchObject({ matches: true });
    expect(amid.review).toContainEqual(expect.objectContaining({ kind: "keptRow", rows: [4] }));
  });

  test("subtotals labelled beside the partner's name are skipped, and a tracker with no grand total is not reconciled with one", () => {
    const header = ["Partner", "Activity", "Type", "Start", "End", "Requested", "Approved", "Claimed", "Revenue"];
    const result = planTrackerImport(sheet([
      header,
      ["Contoso", "Webinar A", "Webinar", "2026-03-01", "2026-03-02", 1000, 1000, 900, 5000],
      ["Contoso", "Event B", "Event", "2026-04-01", "2026-04-03", 2000, 2000, 1900, 7000],
      ["Contoso", "Contoso subtotal", null, null, null, 3000, 3000, 2800, 12000],
      ["Fabrikam", "Email C", "Email", "2026-05-01", "2026-05-01", 500, 500, 450, 1000],
      ["Fabrikam", "Email D", "Email", "2026-06-01", "2026-06-01", 500, 500, 450, 1000],
      ["Fabrikam", "Fabrikam - Summe", null, null, null, 1000, 1000, 900, 2000],
    ]));
    const tactics = result.rows.filter((row) => row.table === "JmpTactics");
    expect(tactics.map((t) => t.cells.get("description"))).toEqual(["Webinar A", "Event B", "Email C", "Email D"]);
    // 1,000 + 2,000 + 500 + 500 requested: the subtotals are not counted again.
    expect(tactics.reduce((n, t) => n + Number(t.cells.get("mdfRequested")), 0)).toBe(4_000);
    expect(result.skipped.map((s) => [s.row, s.reason])).toEqual([[4, "totals"], [7, "totals"]]);
    // The last subtotal is Fabrikam's, not the tracker's: nothing to reconcile with.
    expect(result.reconciliation).toBeUndefined();
  });

  test("Excel's Subtotal output, and a one-activity group's unlabelled subtotal, are totals; the grand total is reconciled", () => {
    const subtotals = planTrackerImport(sheet([
      HEADER,
      ["Contoso", "x", 1000, 1000, 900],
      ["Contoso", "y", 2000, 2000, 1900],
      ["Contoso Total", null, 3000, 3000, 2800],
      ["Fabrikam", "z", 500, 500, 450],
      ["Fabrikam Total", null, 500, 500, 450],
      ["Grand Total", null, 3500, 3500, 3250],
    ]));
    expect(subtotals.counts.JmpPartners?.added).toBe(2);
    expect(subtotals.counts.JmpTactics?.added).toBe(3);
    expect(subtotals.reconciliation).toMatchObject({ totalsRow: 7, matches: true });
    const header = ["Partner", "Activity", "Type", "Requested", "Approved", "Claimed"];
    const unlabelled = planTrackerImport(sheet([
      header,
      ["Contoso", "x", "Webinar", 1000, 1000, 900],
      ["Contoso", "y", "Event", 2000, 2000, 1900],
      ["Contoso", null, null, 3000, 3000, 2800],
      ["Fabrikam", "z", "Email", 500, 500, 450],
      ["Fabrikam", null, null, 500, 500, 450],
      [null, null, null, 3500, 3500, 3250],
    ]));
    expect(unlabelled.counts.JmpTactics?.added).toBe(3);
    expect(unlabelled.skipped.map((s) => [s.row, s.reason])).toEqual([[4, "totals"], [6, "totals"], [7, "totals"]]);
    expect(unlabelled.reconciliation).toMatchObject({ totalsRow: 7, matches: true });
  });

  test("a row with amounts but no partner and no activity is skipped and listed for review", () => {
    const result = planTrackerImport(sheet([HEADER, ["A", "x", 100, 100, 50], [null, null, 7, 3, 1], ["B", "y", 200, 150, 25]]));
    expect(result.counts.JmpTactics?.added).toBe(2);
    expect(result.review).toContainEqual(expect.objectContaining({ kind: "skippedRow", rows: [3] }));
  });
});

describe("what the user chose stays chosen", () => {
  test("a field given to two columns goes to the user's column; a column left out is not listed for review", () => {
    const grid = [["Partner", "Activity", "Requested", "Approved", "Approved 2", "Notes"], ["A", "x", 10, 10, 7, "n"]];
    const result = planTrackerImport(sheet(grid), { fields: new Map([[4, "authorized" as const], [5, undefined]]) });
    expect(result.columns.map((c) => c.field)).toEqual(["partner", "activity", "requested", undefined, "authorized", undefined]);
    expect(result.review.filter((r) => r.kind === "unmappedColumn").map((r) => r.column)).toEqual(["Approved"]);
  });

  test("a data row named as the header is not combined with the real header above it", () => {
    const result = planTrackerImport(sheet([HEADER, ["A", "x", 10, 10, 5], ["B", "y", 20, 20, 0]]), { headerRow: 2 });
    expect(result.headerRows).toBe(1);
  });

  test("a saved mapping's header row is used while the tracker still has its header there", () => {
    const grid = [["Notes on the tracker"], ["Partner", "Activity", "Cost"], HEADER, ["A", "x", 10, 10, 5]];
    const detected = planTrackerImport(sheet(grid));
    expect(detected.headerRow).toBe(3);
    const saved = { ...detected.mapping, headerRow: 2, columns: { Partner: "partner" as const, Activity: "activity" as const, Cost: "totalCost" as const } };
    expect(planTrackerImport(sheet(grid), { mapping: saved }).headerRow).toBe(2);
  });

  test("a total the tracker gives in a column not imported is said, not passed over", () => {
    const result = planTrackerImport(sheet([[...HEADER, "Business Impact"], ["A", "x", 100, 100, 50, 60000], ["Total", null, 100, 100, 50, 60000]]));
    expect(result.reconciliation?.matches).toBe(true);
    expect(result.reconciliation?.notImported).toEqual([{ column: "Business Impact", tracker: 60000 }]);
  });
});

test("a sheet as wide as Excel allows is read from its header's first 512 columns (no search through 16,384 labels a row)", () => {
  const wide = Array.from({ length: 16_384 }, (_, i) => `Col ${i}`);
  const header = [...HEADER, ...wide.slice(HEADER.length)];
  const result = planTrackerImport(sheet([header, ["A", "x", 10, 10, 5]]));
  expect(result.columns).toHaveLength(512);
  expect(result.columns.slice(0, 5).map((c) => c.field)).toEqual(["partner", "activity", "requested", "authorized", "claimed"]);
});

describe("rows as trackers really keep them", () => {
  test("a partner merged down over its rows (or named once atop its group) is taken from the row above, and said", () => {
    const result = planTrackerImport(sheet([HEADER, ["Globex", "x", 100, 100, 0], [null, "y", 50, 50, 0], ["Initech", "z", 10, 10, 0], ["Total", null, 160, 160, 0]]));
    expect(result.counts.JmpTactics?.added).toBe(3);
    expect(result.counts.JmpPartners?.added).toBe(2);
    expect(result.review).toContainEqual(expect.objectContaining({ message: "No partner on the row: taken from the row above (Globex)", rows: [3] }));
    expect(result.reconciliation?.matches).toBe(true);
  });

  test("the reconciliation compares what went into the plan: an activity left out shows as a difference", () => {
    const result = planTrackerImport(sheet([HEADER, [null, "orphan", 100, 100, 0], ["A", "x", 50, 50, 0], ["Total", null, 150, 150, 0]]));
    expect(result.counts.JmpTactics?.added).toBe(1);
    expect(result.reconciliation?.totals.find((t) => t.field === "requested")).toMatchObject({ tracker: 150, imported: 50, matches: false });
  });

  test("a totals row in another language, or naming a partner-like label, is not an activity", () => {
    const german = planTrackerImport(sheet([HEADER, ["A", "x", 100, 80, 0], ["B", "y", 20, 10, 5], ["Summe", null, 120, 90, 5]]));
    expect(german.counts.JmpPartners?.added).toBe(2);
    const unlabelled = planTrackerImport(sheet([HEADER, ["A", "x", 100, 80, 0], ["B", "y", 20, 10, 5], ["All partners", null, 120, 90, 5]]));
    expect(unlabelled.counts.JmpTactics?.added).toBe(2);
    expect(unlabelled.reconciliation?.matches).toBe(true);
  });
});

describe("partners and statuses as people write them", () => {
  test("a partner written with and without its legal form is one partner, and the merge is listed", () => {
    const result = planTrackerImport(sheet([HEADER, ["Fabrikam", "x", 10, 10, 0], ["Fabrikam, Inc.", "y", 10, 10, 0], ["CONTOSO GMBH", "z", 10, 10, 0], ["contoso", "w", 10, 10, 0]]));
    expect(result.counts.JmpPartners?.added).toBe(2);
    expect(result.review.map((r) => r.message)).toEqual(expect.arrayContaining(['Partner "Fabrikam, Inc." taken as the same partner as "Fabrikam"', 'Partner "contoso" taken as the same partner as "CONTOSO GMBH"']));
  });

  test("a cancelled activity with approved funds keeps them, and the user is told", () => {
    const result = planTrackerImport(sheet([["Partner", "Activity", "Status", "Requested", "Approved"], ["A", "x", "Withdrawn", 10, 10]]));
    expect(result.rows.some((r) => r.table === "JmpAllocations")).toBe(true);
    expect(result.review.some((r) => r.kind === "conflict" && /cancelled in the tracker has approved funds/.test(r.message))).toBe(true);
  });
});

test("a tracker of claims, one row each, makes one activity per ID with a claim per row", () => {
  const grid = [
    ["Claim #", "Fund Request ID", "Partner", "Activity", "Requested", "Approved", "Claim Amount", "Revenue"],
    ["CL-1001", "FR-501", "Contoso", "Roadshow", 8000, 8000, 3000, 10000],
    ["CL-1002", "FR-501", "Contoso", "Roadshow", 8000, 8000, 4000, 5000],
    ["CL-1003", "FR-502", "Fabrikam", "Webinar", 2000, 2000, 2000, null],
  ];
  const result = planTrackerImport(sheet(grid));
  expect(result.counts.JmpTactics?.added).toBe(2);
  expect(result.counts.JmpAllocations?.added).toBe(2);
  expect(result.rows.filter((r) => r.table === "JmpClaims").map((r) => [r.id, r.cells.get("tacticId"), r.cells.get("amountClaimed")])).toEqual([
    ["CL-1001", "FR-501", 3000],
    ["CL-1002", "FR-501", 4000],
    ["CL-1003", "FR-502", 2000],
  ]);
  expect(result.rows.filter((r) => r.table === "JmpOutcomes").map((r) => r.id)).toEqual(["OC-FR-501-REV", "OC-FR-501-REV-2"]);
  expect(result.review).toContainEqual(expect.objectContaining({ kind: "valueMapped", rows: [3] }));
});
