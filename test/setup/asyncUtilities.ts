/**
 * Jest setup for every suite. Testing Library's `findBy*` and `waitFor` give up after 1 s of
 * wall time by default: on a loaded machine a render that takes longer fails by chance. Here they
 * wait as long as the test may run, so the suite's one hang guard is the only limit and no second,
 * shorter window hides inside it.
 */
import { HANG_GUARD_MS } from "./hangGuard.cjs";

if (typeof document !== "undefined") {
  // Loaded only where there is a DOM: the node suites never import Testing Library.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { configure } = require("@testing-library/dom") as typeof import("@testing-library/dom");
  configure({ asyncUtilTimeout: HANG_GUARD_MS });
}
