/**
 * What the pane is doing and what went wrong: a progress bar for the task under way (with the
 * port's counts when it reports them), a message bar for the last problem with what to do next,
 * and a polite live region that tells screen-reader users when a task has finished.
 */
import { Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { usePlanSession, usePlanState } from "../session/PlanContext";
import type { TaskState } from "../session/PlanSession";
import { ProblemBar } from "./ProblemBar";

const useStyles = makeStyles({
  area: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

function progressText(task: TaskState): string {
  if (task.total <= 0) return "Working…";
  return `${task.done.toLocaleString("en-US")} of ${task.total.toLocaleString("en-US")}`;
}

/** The progress bar, the problems and the announcements. */
export function StatusArea() {
  const styles = useStyles();
  const session = usePlanSession();
  const { task, problem, followProblem, notice } = usePlanState();
  return (
    <div className={styles.area}>
      {task && (
        <Field label={task.label} validationMessage={progressText(task)} validationState="none">
          <ProgressBar value={task.total > 0 ? Math.min(1, task.done / task.total) : undefined} />
        </Field>
      )}
      {problem && <ProblemBar problem={problem} intent="error" onDismiss={() => session.dismissProblem()} />}
      {followProblem && <ProblemBar problem={followProblem} intent="warning" onDismiss={() => session.dismissFollowProblem()} />}
      <div className={styles.hidden} role="status" aria-live="polite">
        {task ? "" : notice}
      </div>
    </div>
  );
}
