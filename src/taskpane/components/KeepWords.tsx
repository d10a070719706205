/**
 * Message text that wraps between words but never inside an ID, a date or a number: "T-26046"
 * or "$46,500.00" stay whole on one line at the pane's 350 px.
 */
import { makeStyles } from "@fluentui/react-components";
import { wordPieces } from "../../model/wordPieces";

const useStyles = makeStyles({ whole: { whiteSpace: "nowrap" } });

/** `text` with its IDs, dates and numbers kept on one line each. */
export function KeepWords({ text }: { readonly text: string }) {
  const styles = useStyles();
  return (
    <>
      {wordPieces(text).map((p, i) =>
        p.whole ? (
          <span key={i} className={styles.whole}>
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
