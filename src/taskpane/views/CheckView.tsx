/**
 * Check: every finding of the engine, grouped by table, filterable by severity, rule and partner, with
 * counts. Activating a finding selects its cell in Excel, or in browser mode shows the cell
 * address and the row's values (an editable workbook's as a form; after Save row the focus moves
 * on in the list, see `focusAfterSave.ts`). Long lists show in pages so a plan with thousands of
 * findings stays quick.
 */
import { useEffect, useId, useMemo, useState } from "react";
import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from "@fluentui/react-components";
import { holdsNoPlan } from "../../engine";
import type { Analysis } from "../../engine";
import { NO_PLAN_YET } from "../session/sessionState";
import { countFindings } from "../../model/findings";
import type { Finding } from "../../model/findings";
import { count, plural } from "../format";
import { Section } from "../components/Section";
import { usePlanSession, usePlanState } from "../session/PlanContext";
import type { FindingRow } from "../session/PlanSession";
import { placeAfterSave, savedPlace } from "./focusAfterSave";
import type { SavedPlace } from "./focusAfterSave";
import { amountRules } from "../edit/rowAmounts";
import { FindingItem } from "./FindingItem";
import { codeOptions, groupByTable, matches, partnerOptions } from "./findingFilters";
import type { CodeFilter, PartnerFilter, SeverityFilter } from "./findingFilters";

/** Findings shown per page. */
export const PAGE_SIZE = 200;

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  filters: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: tokens.spacingHorizontalM },
  // A native select is as wide as its longest option unless told otherwise.
  filter: { minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
});

function parsePartner(value: string): PartnerFilter {
  if (value === "*") return { kind: "all" };
  if (value === "-") return { kind: "none" };
  return { kind: "partner", key: value };
}

/** The Check view. */
export function CheckView() {
  const styles = useStyles();
  const session = usePlanSession();
  const { analysis, mode } = usePlanState();
  const [severity, setSeverity] = useState<SeverityFilter>("all");
  const [partner, setPartner] = useState("*");
  const [code, setCode] = useState<CodeFilter>("all");
  const [shown, setShown] = useState(PAGE_SIZE);
  // The finding pointed at, for the analysis it came from: a new check clears it.
  const [pointed, setPointed] = useState<{ readonly of: Analysis; readonly key: string } | undefined>(undefined);
  // A row saved from the form of a finding of `from`: the focus moves once the new check shows.
  const [saved, setSaved] = useState<(SavedPlace & { readonly from: Analysis }) | undefined>(undefined);
  const ids = useId();

  const partners = useMemo(() => (analysis ? partnerOptions(analysis) : []), [analysis]);
  const codes = useMemo(() => (analysis ? codeOptions(analysis.findings) : []), [analysis]);
  const amounts = useMemo(() => (analysis ? amountRules(analysis) : undefined), [analysis]);
  // A rule chosen before a new check may have no findings left: then every rule shows.
  const codeValue = code === "all" || codes.some((c) => c.code === code) ? code : "all";
  // A partner chosen before a new check may have no findings left: then all partners show.
  const partnerValue = partner === "*" || partner === "-" || partners.some((p) => p.key === partner) ? partner : "*";
  const filtered = useMemo(
    () => (analysis ? analysis.findings.filter((f) => matches(f, severity, parsePartner(partnerValue), codeValue)) : []),
    [analysis, severity, partnerValue, codeValue],
  );
  // Findings are identified by their place in the engine's list: two may read alike.
  const keys = useMemo(() => new Map<Finding, string>(analysis?.findings.map((f, i) => [f, `finding-${i}`]) ?? []), [analysis]);
  const findingKey = (f: Finding): string => keys.get(f) ?? "";
  const groups = useMemo(() => groupByTable(filtered.slice(0, shown)), [filtered, shown]);
  // The findings in the order the list shows them (grouped by table).
  const listed = useMemo(() => groups.flatMap((g) => g.findings), [groups]);
  const buttonId = (key: string): string => `${ids}-${key}`;
  const statusId = `${ids}-status`;
  const noneId = `${ids}-none`;

  useEffect(() => {
    if (!saved || analysis === saved.from) return;
    setSaved(undefined);
    const at = placeAfterSave(listed, saved);
    const target = at === undefined ? (document.getElementById(statusId) ?? document.getElementById(noneId)) : document.getElementById(buttonId(keys.get(listed[at]) ?? ""));
    target?.focus();
  }, [analysis, saved, listed, keys, statusId, noneId]);

  if (!analysis) return <Text>The plan has not been read yet.</Text>;

  const total = countFindings(analysis.findings);
  const counts = countFindings(filtered);
  const browser = mode === "browser";
  const current = pointed?.of === analysis ? pointed.key : undefined;
  const saveRow = async (row: FindingRow, values: ReadonlyMap<string, unknown>, rowCurrency: string) => {
    const finding = listed.find((f) => findingKey(f) === current);
    const outcome = await session.editRow(row.table, row.row, values, rowCurrency);
    // Only once the plan was checked again: a check that failed leaves the form where it is.
    if (outcome.ok && finding && session.getState().analysis !== analysis) setSaved({ ...savedPlace(listed, finding), from: analysis });
    return outcome;
  };
  const editing = browser && amounts && session.canEditRows ? { amounts, save: saveRow } : undefined;

  const chooseSeverity = (value: string): void => {
    setSeverity(value as SeverityFilter);
    setShown(PAGE_SIZE);
  };
  const chooseCode = (value: string): void => {
    setCode(value);
    setShown(PAGE_SIZE);
  };
  const choosePartner = (value: string): void => {
    setPartner(value);
    setShown(PAGE_SIZE);
  };

  const activate = async (finding: Finding): Promise<void> => {
    const key = findingKey(finding);
    if (browser) {
      setPointed(current === key ? undefined : { of: analysis, key });
      return;
    }
    setPointed({ of: analysis, key });
    await session.select(finding);
  };

  return (
    <div className={styles.view}>
      <Section
        title="Findings"
        summary={holdsNoPlan(analysis) ? "Nothing to check yet." : `${plural(total.errors, "error")} and ${plural(total.warnings, "warning")} in the plan.${browser ? "" : " Select one to go to its cell."}`}
      >
        {holdsNoPlan(analysis) ? (
          <MessageBar intent="info">
            <MessageBarBody>{NO_PLAN_YET}</MessageBarBody>
          </MessageBar>
        ) : analysis.findings.length === 0 ? (
          <MessageBar intent="success" id={noneId} tabIndex={-1}>
            <MessageBarBody>No findings: the plan passes every check.</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <div className={styles.filters}>
              <Field label="Severity" className={styles.filter}>
                <Select className={styles.select} value={severity} onChange={(_e, data) => chooseSeverity(data.value)}>
                  <option value="all">All ({count(analysis.findings.length)})</option>
                  <option value="error">Errors ({count(total.errors)})</option>
                  <option value="warning">Warnings ({count(total.warnings)})</option>
                </Select>
              </Field>
              <Field label="Rule" className={styles.filter}>
                <Select className={styles.select} value={codeValue} onChange={(_e, data) => chooseCode(data.value)}>
                  <option value="all">All rules</option>
                  {codes.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.code} {c.title} ({count(c.count)})
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="Partner" className={styles.filter}>
                <Select className={styles.select} value={partnerValue} onChange={(_e, data) => choosePartner(data.value)}>
                  <option value="*">All partners</option>
                  {partners.map((p) => (
                    <option key={p.key} value={p.key}>
                      {p.label} ({count(p.count)})
                    </option>
                  ))}
                  <option value="-">No partner</option>
                </Select>
              </Field>
            </div>
            <Text role="status" aria-live="polite" id={statusId} tabIndex={-1}>
              Showing {plural(filtered.length, "finding")}: {plural(counts.errors, "error")}, {plural(counts.warnings, "warning")}.
            </Text>
            {groups.map((g) => (
              <section key={g.table} className={styles.group} aria-label={`${g.title} findings`}>
                <h3 className={styles.heading}>
                  {g.title} ({count(g.findings.length)})
                </h3>
                <ul className={styles.list}>
                  {g.findings.map((f) => {
                    const key = findingKey(f);
                    return (
                      <FindingItem
                        key={key}
                        id={buttonId(key)}
                        finding={f}
                        current={current === key}
                        expandable={browser}
                        row={browser && current === key ? session.rowOf(f) : undefined}
                        onActivate={(finding) => void activate(finding)}
                        edit={editing}
                      />
                    );
                  })}
                </ul>
              </section>
            ))}
            {filtered.length > shown && (
              <Button onClick={() => setShown((n) => n + PAGE_SIZE)}>
                Show {count(Math.min(PAGE_SIZE, filtered.length - shown))} more of {count(filtered.length - shown)}
              </Button>
            )}
          </>
        )}
      </Section>
    </div>
  );
}
