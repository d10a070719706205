/**
 * A failure as the pane shows it: a message bar with what failed, the reason, what to do next in
 * bold, and a way to close it. The status area shows the pane's problems with it; a form shows
 * its own beside it, focused so a keyboard or screen-reader user is told where they are.
 */
import { useEffect, useRef } from "react";
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import type { Problem } from "../session/problems";

const useStyles = makeStyles({
  next: { display: "block", marginTop: tokens.spacingVerticalXS },
});

/** Props of `ProblemBar`. */
export interface ProblemBarProps {
  readonly problem: Problem;
  readonly intent: "error" | "warning";
  readonly onDismiss: () => void;
  /** Moves focus to the bar when it appears (and when its problem changes). */
  readonly focused?: boolean;
}

/** A problem with its reason, what to do next, and a way to close it. */
export function ProblemBar({ problem, intent, onDismiss, focused = false }: ProblemBarProps) {
  const styles = useStyles();
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focused) bar.current?.focus();
  }, [focused, problem]);
  return (
    <MessageBar ref={bar} intent={intent} layout="multiline" tabIndex={focused ? -1 : undefined}>
      <MessageBarBody>
        <MessageBarTitle>{problem.title}</MessageBarTitle>
        {problem.message}
        <Text className={styles.next} weight="semibold">
          {problem.next}
        </Text>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
