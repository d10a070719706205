// Lint: the recommended JavaScript and TypeScript rules, plus the boundaries of SPEC section 2.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const HOST_AND_UI = ["react", "react-dom", "@fluentui/*", "exceljs", "office-addin-*", "echarts"];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "demo-output/**", "test-output/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/model/**", "src/engine/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...HOST_AND_UI, "../workbook/*", "../cli/*", "../taskpane/*", "../functions/*", "../commands/*"] }],
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions"],
    },
  },
  {
    // One hang guard for the whole suite (test/setup/hangGuard.cjs): a shorter limit of a file or
    // a test fails by chance on a busy machine, so none may be set.
    files: ["test/**/*.ts", "test/**/*.tsx"],
    ignores: ["test/e2e/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name='jest'][callee.property.name='setTimeout']", message: "The suite has one hang guard (test/setup/hangGuard.cjs); do not set a shorter one." },
        { selector: "CallExpression[callee.name=/^(test|it)$/][arguments.length=3]", message: "No per-test time limit: the suite has one hang guard (test/setup/hangGuard.cjs)." },
        { selector: "CallExpression[callee.type='CallExpression'][callee.callee.property.name='each'][arguments.length=3]", message: "No per-test time limit: the suite has one hang guard (test/setup/hangGuard.cjs)." },
        { selector: "Property[key.name='timeout']", message: "No wait with its own time limit: Testing Library waits up to the suite's hang guard (test/setup/hangGuard.cjs)." },
      ],
    },
  },
  {
    // Tests never measure time (not even CPU time, which counts GC and helper threads): speed is
    // the benchmark's job (test/bench), runaway work is bounded by what can be counted.
    files: ["test/**/*.ts", "test/**/*.tsx"],
    ignores: ["test/e2e/**", "test/bench/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "cpuUsage", message: "A test bounds counts, not time; speed is the benchmark's job (test/bench)." },
        { object: "performance", property: "now", message: "A test bounds counts, not time; speed is the benchmark's job (test/bench)." },
        { object: "process", property: "hrtime", message: "A test bounds counts, not time; speed is the benchmark's job (test/bench)." },
        { object: "Date", property: "now", message: "A test bounds counts, not time; speed is the benchmark's job (test/bench). For a fixed day, use a date literal." },
      ],
    },
  },
  {
    files: ["test/**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/cli/**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
