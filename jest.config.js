/** Jest: every suite under test/, TypeScript through ts-jest (type checking is tsc's job). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // Jest's 5 s default fails tests by chance on a busy two-core machine (a whole pane rendered and
  // axe run over it, a workbook through ExcelJS). One minute is a hang guard, not a speed goal;
  // suites whose work is real also set their own limit, on purpose, next to the reason.
  testTimeout: 60_000,
  // Testing Library's async helpers wait as long as the test may run (no 1 s window of their own);
  // property tests draw from one fixed seed (JMP_PROPERTY_SEED explores others).
  setupFilesAfterEnv: ["<rootDir>/test/setup/asyncUtilities.ts", "<rootDir>/test/setup/propertySeed.ts"],
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    // The chart library's d3 modules ship ES modules only; their UMD builds load under Jest.
    "^(d3-[a-z-]+|internmap)$": "<rootDir>/node_modules/$1/dist/$1.js",
  },
};
