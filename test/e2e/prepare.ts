/**
 * Runs before the browser tests (`npm run test:e2e`): checks that Debian's Chromium is installed
 * and builds the pane when the build is stale. Exits non-zero with what to do when either fails.
 */
import { existsSync } from "fs";
import { ensureBuild } from "./build";
import { CHROMIUM } from "./paneBrowser";

if (!existsSync(CHROMIUM)) {
  console.error(
    [
      `The browser tests need Chromium at ${CHROMIUM}, which is missing. Install Debian's package (as root):`,
      "  apt-get update && apt-get install -y --no-install-recommends chromium",
      "then run `npm run test:e2e` again. (Playwright's own browser download is not used.)",
    ].join("\n"),
  );
  process.exit(1);
}
try {
  ensureBuild();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
