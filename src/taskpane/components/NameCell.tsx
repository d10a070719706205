/**
 * A table cell's main text with a smaller second line under it: how the narrow pane shows a
 * name with its context (a partner's authorized amount, a tactic's funding) without more columns.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { KeepWords } from "./KeepWords";

const useStyles = makeStyles({
  // Words wrap whole ("Webinar", not "Webina|r"): a wide table scrolls in its box instead.
  main: { display: "block", overflowWrap: "break-word" },
  note: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "break-word" },
});

/** The name and, when given, its note; IDs, dates and amounts in either never break inside. */
export function NameCell({ name, note }: { readonly name: string; readonly note?: string }) {
  const styles = useStyles();
  return (
    <>
      <span className={styles.main}>
        <KeepWords text={name} />
      </span>
      {note && (
        <span className={styles.note}>
          <KeepWords text={note} />
        </span>
      )}
    </>
  );
}
