/**
 * What people call the template's columns in their own sheets, by column key (the same key in
 * every table means the same thing). The template header itself always matches; these are the
 * other names. Written as people type them; `labels.ts` normalizes both sides before comparing.
 */

/** Other names of each column key. */
export const HEADER_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  partnerId: ["Partner #", "Partner Code", "Partner Number", "Partner Ref", "Reseller ID", "Reseller #", "Account ID", "Account #", "Company ID", "Customer ID", "Partner Key"],
  partner: ["Partner Name", "Reseller", "Reseller Name", "Company", "Company Name", "Account", "Account Name", "Distributor", "VAR", "Channel Partner"],
  tier: ["Partner Tier", "Level", "Partner Level", "Program Tier"],
  region: ["Territory", "Geo", "Geography", "Area", "Market"],
  mdfBudget: ["MDF Budget", "Budget MDF", "MDF Allowance", "MDF Available", "Fund Budget", "Annual MDF", "MDF Cap", "Partner Budget"],
  maxMdfShare: ["MDF Share", "Max Share", "Cap %", "MDF %", "Co-op %", "Max MDF %"],
  channelManager: ["Channel Manager", "CAM", "PAM", "Partner Manager", "Account Manager", "Channel Account Manager", "Owner"],
  active: ["Active?", "Is Active", "Enabled"],
  initiativeId: ["Initiative #", "Initiative Code", "Initiative Number", "Program ID", "Program Code", "Solution Code", "Play ID"],
  initiative: ["Initiative Name", "GTM Initiative", "Solution Area", "Focus Area", "Play", "Sales Play", "Go-to-market Initiative"],
  objective: ["Goal", "Aim", "Purpose"],
  metric: ["KPI", "Measure", "Outcome Metric", "Metric Type"],
  target: ["Goal Value", "Target Value", "Quota"],
  owner: ["Initiative Owner", "Owner Name", "Responsible"],
  partnerObjective: ["Partner Goal", "Partner Objectives", "Joint Objective"],
  forecastRevenue: ["Forecast", "Revenue Forecast", "Forecasted Revenue", "Projected Revenue", "Committed Revenue"],
  forecastPipeline: ["Pipeline Forecast", "Forecasted Pipeline", "Projected Pipeline"],
  forecastOpportunities: ["Opportunity Forecast", "Forecast Opps", "Projected Opportunities"],
  tacticId: ["Tactic #", "Tactic Code", "Tactic Number", "Activity ID", "Activity #", "Campaign ID", "Campaign #", "Request ID", "Request #", "MDF Request ID", "Plan Item ID"],
  tacticType: ["Type", "Tactic", "Activity Type", "Campaign Type", "Program Type", "Marketing Type", "Category", "Channel", "Tactic Category"],
  description: ["Activity", "Campaign", "Program", "Activity Name", "Campaign Name", "Program Name", "Tactic Name", "Name", "Title", "Details", "Event Name", "Notes"],
  start: ["Start Date", "From", "Begin", "Begins", "Start On", "Date From", "Kick-off", "Event Date", "Launch Date"],
  end: ["End Date", "To", "Until", "Finish", "Ends", "End On", "Date To", "Completion Date"],
  totalCost: ["Budget", "Cost", "Total Cost", "Total Budget", "Total", "Total Spend", "Estimated Cost", "Activity Cost", "Campaign Cost", "Program Cost", "Gross Cost"],
  mdfRequested: ["MDF $", "MDF", "Co-op", "Coop", "Funds Requested", "MDF Request", "MDF Amount", "Requested MDF", "Requested", "Amount Requested", "Vendor Share", "Vendor Contribution", "Co-op Funds", "Funding Requested", "MDF Ask"],
  status: ["Approval", "Approval Status", "State", "Stage", "Request Status", "Approved?"],
  expectedPipeline: ["Pipeline", "Pipeline Goal", "Target Pipeline", "Expected Pipe", "Pipeline Target"],
  expectedRevenue: ["Revenue", "Revenue Goal", "Target Revenue", "Expected Sales", "Revenue Target", "Projected Sales"],
  allocationId: ["Allocation #", "Allocation Code", "Authorization ID", "Authorization #", "Fund ID", "PO Number", "PO #"],
  amount: ["Amount Authorized", "Authorized Amount", "MDF Authorized", "Allocated", "Allocation", "Funds Authorized", "Approved Amount", "Approved Funds"],
  authorizedOn: ["Authorized Date", "Authorization Date", "Approved On", "Approval Date", "Date Authorized"],
  authorizedBy: ["Approver", "Approved By", "Authorizer"],
  claimId: ["Claim #", "Claim Code", "Claim Number", "Reimbursement ID", "Invoice #", "Invoice Number"],
  amountClaimed: ["Claimed", "Claim Amount", "Amount", "Reimbursement Requested", "Invoice Amount", "Claimed Amount"],
  amountApproved: ["Approved", "Approved Claim", "Reimbursed", "Reimbursement Approved"],
  submittedOn: ["Submitted", "Submission Date", "Date Submitted", "Claim Date", "Filed On", "Invoice Date"],
  paidOn: ["Paid", "Payment Date", "Date Paid", "Paid Date"],
  proofOfPerformance: ["POP", "Proof", "Proof of Execution", "Evidence", "Attachment", "Link"],
  outcomeId: ["Outcome #", "Result ID", "Result #"],
  value: ["Amount", "Result", "Outcome Value", "Quantity", "Count"],
  date: ["Outcome Date", "Close Date", "Date Closed", "Booked On", "When"],
  reference: ["Opportunity ID", "Opportunity #", "CRM ID", "Deal ID", "Deal #", "Ref", "Reference #"],
  setting: ["Name", "Key", "Parameter"],
};

/**
 * For an ID column, the key of the name column it identifies: a sheet that lists partners by
 * name can fill a Partner ID column when the table has no Partner name column (the names are
 * turned into IDs through the Partners table when rows are converted).
 */
export const NAME_OF_ID: Readonly<Record<string, string>> = {
  partnerId: "partner",
  initiativeId: "initiative",
};
