/**
 * A titled part of a view: a heading that names the region for screen readers, an optional
 * one-line summary, and the content.
 */
import { useId } from "react";
import type { ReactNode } from "react";
import { makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { color: tokens.colorNeutralForeground2 },
});

/** Props of `Section`. */
export interface SectionProps {
  readonly title: string;
  readonly summary?: string;
  readonly children: ReactNode;
}

/** A section with an h2 heading. */
export function Section({ title, summary, children }: SectionProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id}>
        {title}
      </Subtitle2>
      {summary && (
        <Text size={200} className={styles.summary}>
          {summary}
        </Text>
      )}
      {children}
    </section>
  );
}
