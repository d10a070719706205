/**
 * Jest for the browser tests (`npm run test:e2e`, after `prepare.ts`): the `*.e2e.ts` suites of
 * this folder, one at a time (they share the build and each drives its own Chromium).
 */
const { HANG_GUARD_MS } = require("../setup/hangGuard.cjs");

module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // A hang guard only, the same as the unit suites' (see test/setup/hangGuard.cjs).
  testTimeout: HANG_GUARD_MS,
  maxWorkers: 1,
};
