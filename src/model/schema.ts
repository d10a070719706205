/**
 * The JMP workbook template, version 2 (SPEC sections 3 and 9), as data.
 *
 * This table of tables is the single source of truth: parsing, header checks, validation lists,
 * template creation, number formats and the README all read it. Nothing else in the project
 * spells a table name or header.
 */

import { decodeExcelEscapes } from "./excelEscapes";
import { NUMBER_CONVENTIONS } from "./numberFormat";

/**
 * Template version written into and read from workbooks. Version 2 added the plan's own list of
 * tactic types (`JmpTacticTypes`) and made `Partners[MDF budget]` and `Claims[Submitted on]`
 * optional; version 3 added partners in other currencies (`Partners[Currency]`, `Partners[Number
 * format]`, the `JmpRates` table and the `Number format` setting). `apply` upgrades an older
 * workbook in place.
 */
export const TEMPLATE_VERSION = 3;

/** The values of a Number format cell or setting, in display order. */
export const NUMBER_FORMATS = NUMBER_CONVENTIONS.map((c) => c.name);

/** The value types a column can hold (SPEC section 3). */
export type ColumnType =
  | "text"
  | "id"
  | "money"
  | "number"
  | "count"
  | "date"
  | "percent"
  | "yesno"
  | "enum";

/** The Excel table names of the template. */
export type TableName =
  | "JmpSettings"
  | "JmpTacticTypes"
  | "JmpInitiatives"
  | "JmpPartners"
  | "JmpJointPlan"
  | "JmpTactics"
  | "JmpAllocations"
  | "JmpClaims"
  | "JmpOutcomes"
  | "JmpRates";

/** Lower bound a numeric column enforces (finding V04 when broken). */
export type NumericFloor = "positive" | "nonNegative";

/**
 * Who may change a column's values through a partner pack (SPEC section 7): "vendor" columns are
 * never taken from a partner file. A column without an owner is the partner's to fill in.
 */
export type ColumnOwner = "vendor";

/** Which kind of number format a column gets in the template. */
export type FormatKind = "money" | "date" | "percent" | "count" | "number" | "text";

/** One column of a JMP table. */
export interface ColumnSpec {
  /** Stable key used by the engine (camelCase). */
  readonly key: string;
  /** Header text exactly as the template writes it; matched trimmed and case-insensitively. */
  readonly header: string;
  readonly type: ColumnType;
  readonly required: boolean;
  /** Allowed values of an enum column, in display order. */
  readonly values?: readonly string[];
  /** Value written by the template or assumed when the cell is blank (display form). */
  readonly defaultValue?: string;
  /** IDs that must be unique within the table. */
  readonly unique?: boolean;
  /** The table whose ID this column references. */
  readonly references?: TableName;
  readonly floor?: NumericFloor;
  /** Column width in Excel characters for the template. */
  readonly width: number;
  /** User-facing description, used for the README and header comments. */
  readonly description: string;
  /** Set on the columns a partner pack may not change (SPEC section 7). */
  readonly owner?: ColumnOwner;
  /**
   * For an enum whose allowed values are the plan's own list: the table listing them (in its
   * first column). `values` are then the defaults, used where the workbook lacks that table or
   * it lists nothing.
   */
  readonly valuesFrom?: TableName;
}

/** One JMP table. */
export interface TableSpec {
  readonly name: TableName;
  /** Sheet the template creates the table on. */
  readonly sheet: string;
  /** Short user-facing label ("Tactics"). */
  readonly label: string;
  readonly columns: readonly ColumnSpec[];
  /**
   * The template version that added the table, for tables added after version 1. A workbook
   * made before may lack it: that is no finding (S01), and the table's defaults are read.
   */
  readonly addedIn?: number;
}

/**
 * The default tactic types (SPEC section 3): the rows a new Tactic Types table starts with, and
 * the list of a plan without that table (a version 1 workbook). A plan's own list may differ.
 */
export const TACTIC_TYPES = [
  "Event",
  "Webinar",
  "Digital campaign",
  "Content syndication",
  "Email campaign",
  "Telemarketing",
  "Trade show",
  "Training",
  "Advertising",
  "Other",
] as const;
export type TacticType = (typeof TACTIC_TYPES)[number];

/** What each default tactic type covers, for the Description column of a new Tactic Types table. */
export const TACTIC_TYPE_DESCRIPTIONS: Readonly<Record<TacticType, string>> = {
  Event: "An in-person or hybrid event run by the partner.",
  Webinar: "An online session with registrations.",
  "Digital campaign": "Paid search, display or social advertising.",
  "Content syndication": "Content placed with a publisher for leads.",
  "Email campaign": "Email to the partner's or a rented list.",
  Telemarketing: "Outbound calls to qualify leads.",
  "Trade show": "A booth or sponsorship at a third-party show.",
  Training: "Enablement of the partner's sales or technical staff.",
  Advertising: "Print, radio, TV or outdoor advertising.",
  Other: "Anything the other types do not cover.",
};

export const TACTIC_STATUSES = ["Draft", "Submitted", "Approved", "Rejected", "Cancelled", "Completed"] as const;
export type TacticStatus = (typeof TACTIC_STATUSES)[number];

export const CLAIM_STATUSES = ["Draft", "Submitted", "Approved", "Paid", "Rejected"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const OUTCOME_METRICS = ["Revenue", "Pipeline", "Opportunities", "Leads", "Deals"] as const;
export type OutcomeMetric = (typeof OUTCOME_METRICS)[number];

const YES_NO = ["Yes", "No"] as const;

/** Settings rows of the `JmpSettings` table (a key/value table). */
export interface SettingSpec {
  readonly key: string;
  readonly name: string;
  readonly type: ColumnType;
  readonly required: boolean;
  readonly defaultValue?: string;
  readonly description: string;
}

export const SETTINGS: readonly SettingSpec[] = [
  { key: "planName", name: "Plan name", type: "text", required: false, description: "Name of the plan, shown on reports." },
  { key: "vendor", name: "Vendor", type: "text", required: false, description: "The vendor running the programme." },
  { key: "periodStart", name: "Period start", type: "date", required: true, description: "First day of the plan period." },
  { key: "periodEnd", name: "Period end", type: "date", required: true, description: "Last day of the plan period." },
  { key: "currency", name: "Currency", type: "text", required: false, defaultValue: "USD", description: "ISO 4217 code of every amount in the plan." },
  { key: "maxMdfShare", name: "Max MDF share", type: "percent", required: false, defaultValue: "50%", description: "The most of a tactic's total cost MDF may pay." },
  { key: "claimWindowDays", name: "Claim window (days)", type: "count", required: false, defaultValue: "45", description: "Days after a tactic ends within which its claim is due." },
  { key: "asOf", name: "As of", type: "date", required: false, description: "Date overdue checks are made against; blank means today." },
  { key: "fiscalYearStart", name: "Fiscal year start", type: "text", required: false, defaultValue: "January", description: "Month the fiscal year starts in (a month name or 1-12); a fiscal year is named by the calendar year it ends in." },
  { key: "numberFormat", name: "Number format", type: "text", required: false, defaultValue: "en-US", description: `How amounts and dates typed as text are read: ${NUMBER_CONVENTIONS.map((c) => c.name).join(", ")} ("4.934,18 €" and "31.03.2026" under de-DE).` },
];

function col(
  key: string,
  header: string,
  type: ColumnType,
  width: number,
  description: string,
  extra: Partial<ColumnSpec> = {},
): ColumnSpec {
  // Every column spec has the same properties in the same order, so that code reading them in
  // hot loops (the engine reads one per cell) meets a single object shape.
  const { required = false, values, defaultValue, unique, references, floor, owner, valuesFrom } = extra;
  return { key, header, type, required, values, defaultValue, unique, references, floor, width, description, owner, valuesFrom };
}

const REQUIRED = { required: true } as const;
const VENDOR = { owner: "vendor" } as const;

/** Every table of the template, in workbook order. */
export const TABLES: readonly TableSpec[] = [
  {
    name: "JmpSettings",
    sheet: "Settings",
    label: "Settings",
    columns: [
      col("setting", "Setting", "text", 24, "Name of the setting.", REQUIRED),
      col("value", "Value", "text", 24, "Its value."),
    ],
  },
  {
    // Before the tables that use it, so a host creating the template has the list in place
    // when it points the Tactics drop-down at it.
    name: "JmpTacticTypes",
    sheet: "Tactic Types",
    label: "Tactic Types",
    addedIn: 2,
    columns: [
      col("tacticType", "Tactic type", "text", 22, "A kind of marketing activity the plan's tactics may have; compared trimmed and case-insensitively.", { ...REQUIRED, ...VENDOR, unique: true }),
      col("description", "Description", "text", 44, "What the type covers.", VENDOR),
      col("active", "Active", "yesno", 9, "No: kept for the tactics that have it; a new (Draft or Submitted) tactic of the type is a warning (P08).", { ...VENDOR, values: YES_NO, defaultValue: "Yes" }),
    ],
  },
  {
    name: "JmpInitiatives",
    sheet: "Initiatives",
    label: "Initiatives",
    columns: [
      col("initiativeId", "Initiative ID", "id", 14, "Unique code of the go-to-market initiative.", { ...REQUIRED, unique: true }),
      col("initiative", "Initiative", "text", 30, "Name of the initiative.", REQUIRED),
      col("objective", "Objective", "text", 36, "What the initiative aims at."),
      col("metric", "Metric", "enum", 14, "The outcome the initiative is measured by.", { values: OUTCOME_METRICS, defaultValue: "Revenue" }),
      col("target", "Target", "number", 14, "Target value of the metric.", { floor: "nonNegative" }),
      col("owner", "Owner", "text", 18, "Who owns the initiative at the vendor."),
      col("active", "Active", "yesno", 9, "Whether tactics may still be planned against it.", { values: YES_NO, defaultValue: "Yes" }),
    ],
  },
  {
    name: "JmpPartners",
    sheet: "Partners",
    label: "Partners",
    columns: [
      col("partnerId", "Partner ID", "id", 12, "Unique code of the partner.", { ...REQUIRED, unique: true }),
      col("partner", "Partner", "text", 28, "Partner company name.", REQUIRED),
      col("tier", "Tier", "text", 10, "Programme tier."),
      col("region", "Region", "text", 10, "Sales region."),
      col("mdfBudget", "MDF budget", "money", 14, "MDF available to the partner for the period; blank when no budget is set (no Budget figure, P06 and F05 not checked).", { floor: "nonNegative" }),
      col("maxMdfShare", "Max MDF share", "percent", 14, "Partner-specific cap on MDF as a share of tactic cost; blank uses the setting."),
      col("channelManager", "Channel manager", "text", 18, "The vendor's channel manager for the partner."),
      col("active", "Active", "yesno", 9, "Whether the partner is active in the programme.", { values: YES_NO, defaultValue: "Yes" }),
      col("currency", "Currency", "text", 10, "ISO 4217 code of the partner's amounts (its rows' money cells, its MDF budget); blank: the plan currency. Converted into the plan currency by the Rates table.", VENDOR),
      col("numberFormat", "Number format", "enum", 14, "How the partner writes numbers and dates, for its partner pack; blank: the plan's setting.", { values: NUMBER_FORMATS }),
    ],
  },
  {
    name: "JmpJointPlan",
    sheet: "Joint Plan",
    label: "Joint Plan",
    columns: [
      col("partnerId", "Partner ID", "id", 12, "The partner.", { ...REQUIRED, references: "JmpPartners" }),
      col("initiativeId", "Initiative ID", "id", 14, "The initiative the partner commits to.", { ...REQUIRED, references: "JmpInitiatives" }),
      col("partnerObjective", "Partner objective", "text", 36, "The partner's own objective within the initiative."),
      col("forecastRevenue", "Forecast revenue", "money", 16, "Revenue the partner forecasts for the initiative.", { floor: "nonNegative" }),
      col("forecastPipeline", "Forecast pipeline", "money", 16, "Pipeline the partner forecasts.", { floor: "nonNegative" }),
      col("forecastOpportunities", "Forecast opportunities", "count", 12, "Opportunities the partner forecasts."),
      col("period", "Period", "text", 12, "The fiscal quarter the forecasts are for (FY2027-Q1); blank for the whole plan period. Partner, initiative and period together are unique."),
    ],
  },
  {
    name: "JmpTactics",
    sheet: "Tactics",
    label: "Tactics",
    columns: [
      col("tacticId", "Tactic ID", "id", 12, "Unique code of the tactic.", { ...REQUIRED, unique: true }),
      col("partnerId", "Partner ID", "id", 12, "The partner running it.", { ...REQUIRED, references: "JmpPartners" }),
      col("initiativeId", "Initiative ID", "id", 14, "The initiative it serves.", { ...REQUIRED, references: "JmpInitiatives" }),
      col("tacticType", "Tactic type", "enum", 18, "Kind of marketing activity: one of the plan's Tactic Types.", { ...REQUIRED, values: TACTIC_TYPES, valuesFrom: "JmpTacticTypes" }),
      col("description", "Description", "text", 36, "What the tactic is."),
      col("start", "Start", "date", 12, "First day.", REQUIRED),
      col("end", "End", "date", 12, "Last day.", REQUIRED),
      col("totalCost", "Total cost", "money", 14, "Full cost of the tactic.", { ...REQUIRED, floor: "nonNegative" }),
      col("mdfRequested", "MDF requested", "money", 14, "The part of the cost the partner asks MDF to pay.", { ...REQUIRED, floor: "nonNegative" }),
      col("status", "Status", "enum", 12, "Approval state; Approved and Completed count as approved.", { ...REQUIRED, ...VENDOR, values: TACTIC_STATUSES }),
      col("expectedPipeline", "Expected pipeline", "money", 16, "Pipeline the tactic should create.", { floor: "nonNegative" }),
      col("expectedRevenue", "Expected revenue", "money", 16, "Revenue the tactic should create.", { floor: "nonNegative" }),
    ],
  },
  {
    name: "JmpAllocations",
    sheet: "Allocations",
    label: "Allocations",
    columns: [
      col("allocationId", "Allocation ID", "id", 14, "Unique code of the authorization.", { ...REQUIRED, ...VENDOR, unique: true }),
      col("partnerId", "Partner ID", "id", 12, "The partner the funds go to.", { ...REQUIRED, ...VENDOR, references: "JmpPartners" }),
      col("tacticId", "Tactic ID", "id", 12, "The tactic funded; blank for a lump sum tied to no tactic.", { ...VENDOR, references: "JmpTactics" }),
      col("amount", "Amount", "money", 14, "MDF authorized.", { ...REQUIRED, ...VENDOR, floor: "positive" }),
      col("authorizedOn", "Authorized on", "date", 14, "When it was authorized.", VENDOR),
      col("authorizedBy", "Authorized by", "text", 18, "Who authorized it.", VENDOR),
    ],
  },
  {
    name: "JmpClaims",
    sheet: "Claims",
    label: "Claims",
    columns: [
      col("claimId", "Claim ID", "id", 12, "Unique code of the claim.", { ...REQUIRED, unique: true }),
      col("tacticId", "Tactic ID", "id", 12, "The tactic claimed for.", { ...REQUIRED, references: "JmpTactics" }),
      col("amountClaimed", "Amount claimed", "money", 15, "What the partner claims.", { ...REQUIRED, floor: "positive" }),
      col("amountApproved", "Amount approved", "money", 16, "What the vendor approved; blank means the amount claimed.", { ...VENDOR, floor: "nonNegative" }),
      col("submittedOn", "Submitted on", "date", 14, "When the claim was filed; blank when not known (C04 not checked)."),
      col("status", "Status", "enum", 12, "Approved and Paid claims count as spend.", { ...REQUIRED, ...VENDOR, values: CLAIM_STATUSES }),
      col("paidOn", "Paid on", "date", 12, "Payment date; required when Paid.", VENDOR),
      col("proofOfPerformance", "Proof of performance", "text", 30, "Link or note proving the tactic ran."),
    ],
  },
  {
    name: "JmpOutcomes",
    sheet: "Outcomes",
    label: "Outcomes",
    columns: [
      col("outcomeId", "Outcome ID", "id", 12, "Code of the outcome; unique when given.", { unique: true }),
      col("partnerId", "Partner ID", "id", 12, "The partner credited.", { ...REQUIRED, references: "JmpPartners" }),
      col("initiativeId", "Initiative ID", "id", 14, "The initiative; blank takes the tactic's.", { references: "JmpInitiatives" }),
      col("tacticId", "Tactic ID", "id", 12, "The tactic that produced it.", { references: "JmpTactics" }),
      col("metric", "Metric", "enum", 14, "What was produced.", { ...REQUIRED, values: OUTCOME_METRICS }),
      col("value", "Value", "number", 14, "Amount for Revenue and Pipeline, a count otherwise.", { ...REQUIRED, floor: "nonNegative" }),
      col("date", "Date", "date", 12, "When it happened.", REQUIRED),
      col("reference", "Reference", "text", 20, "CRM opportunity ID or other reference."),
    ],
  },
  {
    name: "JmpRates",
    sheet: "Rates",
    label: "Rates",
    addedIn: 3,
    columns: [
      col("currency", "Currency", "text", 10, "ISO 4217 code of a partner currency.", { ...REQUIRED, ...VENDOR }),
      col("rate", "Rate", "number", 14, "Plan-currency units one unit of the currency is worth (1.0834 USD per EUR).", { ...REQUIRED, ...VENDOR, floor: "positive" }),
      col("validFrom", "Valid from", "date", 12, "First day the rate is in force; blank: from the start. A row uses the rate in force on its date, a row without a date the latest.", VENDOR),
    ],
  },
];

const TABLES_BY_NAME: ReadonlyMap<string, TableSpec> = new Map(TABLES.map((t) => [t.name.toLowerCase(), t]));

/** The spec of a table by its Excel name (case-insensitive), or undefined. */
export function tableSpec(name: string): TableSpec | undefined {
  return TABLES_BY_NAME.get(name.trim().toLowerCase());
}

/** The spec of a table by its Excel name or by its label as people read it ("Outcomes", as the `JMP Log` names it), or undefined. */
export function tableSpecNamedOrLabelled(table: string): TableSpec | undefined {
  return tableSpec(table) ?? TABLES.find((t) => t.label === table);
}

/** The spec of a table that must exist. */
export function requireTableSpec(name: TableName): TableSpec {
  const spec = TABLES_BY_NAME.get(name.toLowerCase());
  if (!spec) throw new Error(`Unknown JMP table ${name}`);
  return spec;
}

/**
 * Header text as matched against the workbook: Excel's escapes decoded (a table column typed with
 * Alt+Enter is stored "MDF_x000a_requested"), trimmed, inner spaces and line breaks collapsed,
 * lower case.
 */
export function normalizeHeader(header: unknown): string {
  return typeof header === "string" || typeof header === "number"
    ? decodeExcelEscapes(String(header)).trim().replace(/\s+/g, " ").toLowerCase()
    : "";
}

/** The format kind a column's cells get in the template. */
export function formatKind(type: ColumnType): FormatKind {
  switch (type) {
    case "money":
    case "date":
    case "percent":
    case "count":
    case "number":
      return type;
    default:
      return "text";
  }
}
