/**
 * Lets a user drop an .xlsx file anywhere on the pane in browser mode. The drop is a shortcut;
 * the Open button does the same for keyboard and screen-reader users.
 */
import { useState } from "react";
import type { DragEvent, ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { BrowserFiles } from "./BrowserFiles";

const useStyles = makeStyles({
  zone: { position: "relative", minHeight: "100vh" },
  over: { outline: `${tokens.strokeWidthThicker} dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-4px" },
});

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes("Files");
}

/** Wraps the pane; without a file service it only renders its children. */
export function FileDrop({ files, children }: { readonly files: BrowserFiles | undefined; readonly children: ReactNode }) {
  const styles = useStyles();
  const [over, setOver] = useState(false);
  if (!files) return <>{children}</>;
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setOver(true);
      }}
      onDragLeave={(event) => {
        // Leaving for a child element is not leaving the pane.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer?.files?.[0];
        if (file) void files.open(file);
      }}
    >
      {children}
    </div>
  );
}
