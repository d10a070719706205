/**
 * The pane's root: the one FluentProvider (its theme from Office, or from the system in a
 * browser) around the services and the app.
 */
import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { App } from "./App";
import type { ViewKey } from "./App";
import { PlanProvider } from "./session/PlanContext";
import type { PaneServices } from "./session/PlanContext";
import { fluentTheme, useSystemDarkMode } from "./theme";

// The surface fills the page so a dark theme has no light margins. It is a child of the provider,
// not a class on it: Fluent copies the provider's classes onto the nodes that hold popovers.
const useStyles = makeStyles({ surface: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 } });

/** Props of `PaneRoot`. */
export interface PaneRootProps {
  readonly services: PaneServices;
  /** Dark or light as Office says; unset follows the system's color scheme. */
  readonly dark?: boolean;
  readonly initialView?: ViewKey;
}

/** The themed pane. */
export function PaneRoot({ services, dark, initialView }: PaneRootProps) {
  const styles = useStyles();
  const systemDark = useSystemDarkMode();
  return (
    <FluentProvider theme={fluentTheme(dark ?? systemDark)}>
      <div className={styles.surface}>
        <PlanProvider services={services}>
          <App initialView={initialView} />
        </PlanProvider>
      </div>
    </FluentProvider>
  );
}
