/**
 * The facts an MDF tracker keeps about an activity, and the words people head them with.
 *
 * A tracker is one sheet with one row per activity; its columns name facts that the plan keeps
 * in several tables (the partner, the tactic, its allocation, its claim, its results). Each
 * field here is one such fact. The labels are written as people type them and compared as
 * normalized words (`labels.ts`: "Amt Req'd ($)" and "amount requested" are the same words), so
 * they are a vocabulary, not a list of exact headers: a header that holds every word of a label
 * matches it too, less surely. Besides English, the words of the languages the plan's number
 * formats are for: German, French and Spanish headers as trackers in those countries write them.
 */

/** What a field's cells must look like for a column to be mapped to it. */
export type FieldKind =
  /** Amounts (money): most values read as numbers. */
  | "money"
  /** Counts and plain numbers (opportunities, leads). */
  | "count"
  /** Dates. */
  | "date"
  /** Words from a small set (a status, a type): never mostly numbers. */
  | "word"
  /** Names and descriptions: anything but mostly numbers. */
  | "name"
  /** IDs and references: anything. */
  | "id";

/** Every fact an activity row can hold, by key. */
export const TRACKER_FIELDS = {
  partnerId: { label: "Partner ID", kind: "id", labels: ["partner id", "partner number", "partner code", "partner ref", "reseller id", "reseller number", "account id", "account number", "company id", "partner key", "partner no", "pid", "vendor partner id", "id partenaire", "code partenaire", "numero partenaire", "numero de partenaire", "id socio", "codigo socio"] },
  partner: { label: "Partner", kind: "name", labels: ["partner", "partner name", "reseller", "reseller name", "company", "company name", "account", "account name", "distributor", "var", "channel partner", "partner company", "dealer", "solution provider", "integrator", "msp", "vendor partner", "partnername", "handler", "vertriebspartner", "partenaire", "nom partenaire", "nom du partenaire", "revendeur", "distributeur", "socio", "nombre socio", "distribuidor", "revendedor"] },
  tier: { label: "Tier", kind: "word", labels: ["tier", "partner tier", "level", "partner level", "program tier", "partner status level"] },
  region: { label: "Region", kind: "word", labels: ["region", "territory", "geo", "geography", "area", "country", "market", "sales region"] },
  partnerBudget: { label: "MDF budget (partner)", kind: "money", labels: ["mdf budget", "partner budget", "mdf allowance", "annual mdf", "mdf available", "fund budget", "mdf cap", "mdf accrued", "accrual", "accrued mdf", "partner mdf budget", "total mdf budget", "mdf fund"] },
  channelManager: { label: "Channel manager", kind: "name", labels: ["channel manager", "cam", "pam", "partner manager", "partner account manager", "channel account manager", "account manager", "pdm"] },
  initiativeId: { label: "Initiative ID", kind: "id", labels: ["initiative id", "initiative code", "program id", "program code", "solution code", "play id", "initiative number"] },
  initiative: { label: "Initiative", kind: "name", labels: ["initiative", "initiative name", "gtm initiative", "go to market initiative", "solution", "solution area", "program", "programme", "program name", "focus area", "play", "sales play", "gtm play", "theme", "product line", "portfolio", "business unit", "campaign theme", "strategic initiative", "losung", "loesung", "programm"] },
  activityId: { label: "Activity ID", kind: "id", labels: ["activity id", "tactic id", "request id", "mdf request id", "fund request id", "campaign id", "activity number", "request number", "tactic number", "activity ref", "request ref", "reference", "ref", "id", "number", "fr number", "mdf id", "pre approval id"] },
  activity: { label: "Activity", kind: "name", labels: ["activity", "activity name", "activity description", "description", "campaign", "campaign name", "event", "event name", "tactic", "tactic name", "tactic description", "title", "name", "details", "activity details", "program description", "initiative description", "what", "activity title", "campaign title", "event title", "program title", "massnahme", "aktivitat", "aktion", "bezeichnung", "action", "nom de l action", "activite", "intitule", "libelle", "actividad", "accion", "nombre actividad"] },
  tacticType: { label: "Tactic type", kind: "word", labels: ["type", "activity type", "tactic type", "campaign type", "marketing type", "event type", "category", "activity category", "channel", "media", "format", "program type", "mdf type", "fund type", "marketing activity", "marketing channel", "art", "typ", "massnahmenart", "art der massnahme", "kategorie", "type d action", "type d activite", "type action", "categorie", "tipo", "tipo de actividad", "tipo de accion"] },
  start: { label: "Start", kind: "date", labels: ["start", "start date", "from", "begin", "begins", "date from", "event date", "activity date", "launch date", "date", "kick off", "run date", "in market date", "starts", "start on", "from date", "activity start", "activity start date", "event start", "event start date", "campaign start", "beginn", "startdatum", "von", "date de debut", "debut", "date debut", "fecha inicio", "fecha de inicio", "inicio"] },
  end: { label: "End", kind: "date", labels: ["end", "end date", "to", "until", "finish", "finish date", "date to", "completion date", "ends", "end on", "to date", "through", "activity end", "activity end date", "event end", "event end date", "campaign end", "wrap up", "ende", "enddatum", "bis", "date de fin", "fin", "date fin", "fecha fin", "fecha de fin"] },
  totalCost: { label: "Total cost", kind: "money", labels: ["total cost", "cost", "activity cost", "budget", "total budget", "activity budget", "campaign cost", "event cost", "estimated cost", "program cost", "gross cost", "total spend", "total investment", "investment", "planned spend", "cost estimate", "total activity cost", "est cost", "kosten", "gesamtkosten", "budget gesamt", "cout total", "cout", "cout de l action", "budget total action", "coste total", "coste", "costo total"] },
  requested: { label: "MDF requested", kind: "money", labels: ["mdf requested", "requested", "amount requested", "requested amount", "request", "mdf request", "funds requested", "mdf ask", "ask", "co op requested", "coop requested", "mdf", "co op", "coop", "vendor share", "vendor contribution", "funding requested", "requested funds", "mdf amount", "requested mdf", "request amount", "mdf requested amount", "budget requested", "requested budget", "beantragt", "beantragter betrag", "mdf beantragt", "angefordert", "montant demande", "mdf demande", "budget demande", "importe solicitado", "solicitado", "mdf solicitado"] },
  tacticStatus: { label: "Status", kind: "word", labels: ["status", "approval status", "request status", "approval", "state", "stage", "activity status", "pre approval", "pre approval status", "approved", "decision", "request state", "mdf status", "sign off", "freigabe", "genehmigungsstatus", "statut", "statut de l action", "etat", "estado", "estado de la actividad"] },
  expectedPipeline: { label: "Expected pipeline", kind: "money", labels: ["expected pipeline", "pipeline goal", "target pipeline", "pipeline target", "planned pipeline", "forecast pipeline", "projected pipeline", "pipeline forecast", "estimated pipeline"] },
  expectedRevenue: { label: "Expected revenue", kind: "money", labels: ["expected revenue", "revenue goal", "target revenue", "revenue target", "planned revenue", "forecast revenue", "projected revenue", "revenue forecast", "estimated revenue", "expected sales"] },
  authorized: { label: "Approved amount", kind: "money", labels: ["approved", "approved amount", "amount approved", "approved funds", "mdf approved", "authorized", "amount authorized", "authorized amount", "funds authorized", "allocated", "allocation", "mdf allocated", "committed", "pre approved amount", "approved mdf", "funding approved", "granted", "mdf granted", "awarded", "mdf authorized", "approved funding", "funds approved", "amount allocated", "allocated amount", "budget agreed", "agreed budget", "agreed", "budget approved", "genehmigt", "genehmigter betrag", "bewilligt", "freigegeben", "montant accorde", "accorde", "montant approuve", "approuve", "montant valide", "importe aprobado", "aprobado"] },
  authorizedOn: { label: "Approved on", kind: "date", labels: ["approved on", "approval date", "date approved", "authorized on", "authorization date", "date authorized", "pre approval date", "allocated on", "allocation date"] },
  authorizedBy: { label: "Approved by", kind: "name", labels: ["approved by", "approver", "authorized by", "authoriser", "authorizer"] },
  claimId: { label: "Claim ID", kind: "id", labels: ["claim id", "claim number", "claim ref", "reimbursement id", "invoice number", "claim reference"] },
  claimed: { label: "Amount claimed", kind: "money", labels: ["claimed", "claim", "claim amount", "amount claimed", "claimed amount", "reimbursement requested", "invoice amount", "claim value", "claim total", "claim submitted", "claimed mdf", "mdf claimed", "claim requested", "abgerechnet", "erstattung beantragt", "eingereicht", "rechnungsbetrag", "erstattung", "erstattungsbetrag", "montant reclame", "reclame", "montant rembourse demande", "importe reclamado", "reclamado"] },
  claimApproved: { label: "Claim approved", kind: "money", labels: ["claim approved", "approved claim", "claim approved amount", "reimbursed", "reimbursement approved", "amount reimbursed", "reimbursed amount", "amount paid", "paid amount", "payout", "claim paid", "claim paid amount", "approved claim amount"] },
  claimDate: { label: "Claim submitted on", kind: "date", labels: ["claim date", "claim submitted on", "date submitted", "submitted on", "submission date", "date claimed", "claimed on", "invoice date", "claim filed", "claim submission date", "claim submitted date", "submitted", "date de reclamation", "date reclamation", "fecha reclamacion", "fecha de reclamacion"] },
  claimStatus: { label: "Claim status", kind: "word", labels: ["claim status", "reimbursement status", "payment status", "claim state", "claim stage", "status of claim", "erstattung status", "erstattungsstatus", "status erstattung", "statut reclamation", "statut de la reclamation", "statut remboursement", "estado reclamacion", "estado de la reclamacion"] },
  paidOn: { label: "Paid on", kind: "date", labels: ["paid on", "payment date", "date paid", "paid date", "paid", "reimbursed on", "reimbursement date", "payout date", "claim paid on", "claim paid date", "invoice paid", "invoice paid on", "bezahlt am", "zahlungsdatum", "ausgezahlt am", "paye le", "date de paiement", "date paiement", "fecha de pago", "pagado el"] },
  proof: { label: "Proof of performance", kind: "name", labels: ["proof of performance", "pop", "proof", "evidence", "proof of execution", "pop link", "documentation", "attachment", "pop received"] },
  revenue: { label: "Revenue", kind: "money", labels: ["revenue", "booked revenue", "bookings", "closed revenue", "won revenue", "sales", "actual revenue", "revenue closed", "closed won", "booked", "revenue generated", "sourced revenue", "influenced revenue", "closed won revenue", "actual sales", "revenue won", "won business", "business won", "closed business", "won revenue", "umsatz", "chiffre d affaires", "ventes", "ingresos", "ventas"] },
  pipeline: { label: "Pipeline", kind: "money", labels: ["pipeline", "pipeline generated", "pipeline created", "sourced pipeline", "pipe", "opportunity value", "pipeline value", "qualified pipeline", "actual pipeline", "influenced pipeline"] },
  opportunities: { label: "Opportunities", kind: "count", labels: ["opportunities", "opportunity count", "opportunity", "opportunities created", "number opportunities", "sqo", "sqos", "opportunities generated", "new opportunities"] },
  leads: { label: "Leads", kind: "count", labels: ["leads", "lead", "number leads", "leads generated", "mql", "mqls", "responses", "registrations", "registrants", "attendees", "leads captured", "lead count", "new leads", "contacts"] },
  deals: { label: "Deals", kind: "count", labels: ["deals", "deal", "wins", "deals won", "closed deals", "won deals", "number deals", "deals closed", "closed won deals", "deal count", "win count"] },
  outcomeDate: { label: "Results date", kind: "date", labels: ["close date", "result date", "results date", "outcome date", "booked on", "results as of", "date closed", "closed on", "booking date"] },
  ignored: { label: "(notes)", kind: "name", labels: ["notes", "note", "comments", "comment", "remarks", "memo", "remarques", "commentaires", "commentaire", "observaciones", "notas"] },
} as const satisfies Record<string, { label: string; kind: FieldKind; labels: readonly string[] }>;

/** A fact of an activity row. */
export type TrackerField = keyof typeof TRACKER_FIELDS;

/** Every field key, in the order above. */
export const FIELD_KEYS = Object.keys(TRACKER_FIELDS) as TrackerField[];

/** True when `key` names a field (for saved mappings read from a file). */
export function isTrackerField(key: unknown): key is TrackerField {
  return typeof key === "string" && Object.prototype.hasOwnProperty.call(TRACKER_FIELDS, key);
}

/** The kind of a field's values. */
export function fieldKind(field: TrackerField): FieldKind {
  return TRACKER_FIELDS[field].kind;
}

/** The label a field is shown under. */
export function fieldLabel(field: TrackerField): string {
  return TRACKER_FIELDS[field].label;
}

/** The result columns and the outcome metric each becomes. */
export const RESULT_FIELDS = {
  revenue: "Revenue",
  pipeline: "Pipeline",
  opportunities: "Opportunities",
  leads: "Leads",
  deals: "Deals",
} as const satisfies Partial<Record<TrackerField, string>>;

/** A result column's field. */
export type ResultField = keyof typeof RESULT_FIELDS;

/** Money and count fields whose totals a tracker's totals row can be reconciled against. */
export const TOTALLED_FIELDS: readonly TrackerField[] = ["totalCost", "requested", "authorized", "claimed", "claimApproved", "revenue", "pipeline", "opportunities", "leads", "deals"];
