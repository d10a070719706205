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
    files: ["src/cli/**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
