/** Jest: every suite under test/, TypeScript through ts-jest (type checking is tsc's job). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    // The chart library's d3 modules ship ES modules only; their UMD builds load under Jest.
    "^(d3-[a-z-]+|internmap)$": "<rootDir>/node_modules/$1/dist/$1.js",
  },
};
