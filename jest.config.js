/** Jest: every suite under test/, TypeScript through ts-jest (type checking is tsc's job). */
const { availableParallelism } = require("node:os");
const { HANG_GUARD_MS } = require("./test/setup/hangGuard.cjs");

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // A hang guard only, the same for every test (see test/setup/hangGuard.cjs).
  testTimeout: HANG_GUARD_MS,
  // Jest's default leaves one core to itself, which on a two-core machine runs the suites one at
  // a time (11 min here); two workers use both cores (no test measures time, see the hang guard).
  // At most four: several suites hold whole workbooks in memory.
  maxWorkers: Math.min(4, Math.max(2, availableParallelism())),
  // Testing Library's async helpers wait as long as the test may run (no 1 s window of their own);
  // property tests draw from one fixed seed (JMP_PROPERTY_SEED explores others).
  setupFilesAfterEnv: ["<rootDir>/test/setup/asyncUtilities.ts", "<rootDir>/test/setup/propertySeed.ts"],
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    // The chart library's d3 modules ship ES modules only; their UMD builds load under Jest.
    "^(d3-[a-z-]+|internmap)$": "<rootDir>/node_modules/$1/dist/$1.js",
  },
};
