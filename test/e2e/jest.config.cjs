/* global module */
/**
 * Jest for the browser tests (`npm run test:e2e`, after `prepare.ts`): the `*.e2e.ts` suites of
 * this folder, one at a time (they share the build and each drives its own Chromium).
 */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  testTimeout: 60_000,
  maxWorkers: 1,
};
