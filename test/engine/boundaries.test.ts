/**
 * The boundaries of SPEC section 2: `src/model` and `src/engine` never touch a host or a UI
 * library, so the engine runs the same in Node, in the browser and in Excel. Every source file
 * is parsed with the TypeScript compiler; imports, requires and references to the Office.js
 * globals are checked, comments and strings are not mistaken for code.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

const ROOT = resolve(__dirname, "..", "..");
const HOST_GLOBALS = new Set(["Office", "Excel", "CustomFunctions", "OfficeExtension"]);
const FORBIDDEN_PACKAGES = [/^react($|\/)/, /^react-dom($|\/)/, /^@fluentui\//, /^exceljs($|\/)/, /^echarts($|\/)/, /^office-/, /^@microsoft\/office-js/, /^@types\/office-js/];
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** What a source file uses from outside itself. */
interface Uses {
  readonly specifiers: string[];
  readonly globals: string[];
}

/** Import, export-from, require and dynamic import specifiers, and Office.js globals used. */
function usesOf(fileName: string, text: string): Uses {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const specifiers: string[] = [];
  const globals: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      specifiers.push(node.moduleReference.expression.text);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === "require")) specifiers.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      specifiers.push(node.argument.literal.text);
    } else if (ts.isIdentifier(node) && HOST_GLOBALS.has(node.text) && !isPropertyName(node)) {
      globals.push(`${node.text} (line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1})`);
    } else if (ts.isPropertyAccessExpression(node) && HOST_GLOBALS.has(node.name.text) && ts.isIdentifier(node.expression) && ["globalThis", "window", "self"].includes(node.expression.text)) {
      globals.push(`${node.expression.text}.${node.name.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { specifiers, globals };
}

/** True when an identifier names a member (`x.Office`, `{ Excel: 1 }`), not the global. */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isQualifiedName(parent) && parent.right === node) ||
    ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === node)
  );
}

/** Why an import from `file` is not allowed, or null. `allowed` are the folders it may reach. */
function violation(file: string, specifier: string, allowed: readonly string[]): string | null {
  if (specifier.startsWith(".")) {
    const target = resolve(dirname(file), specifier);
    return allowed.some((folder) => target === folder || target.startsWith(folder + sep)) ? null : `reaches ${relative(ROOT, target)}`;
  }
  if (FORBIDDEN_PACKAGES.some((p) => p.test(specifier))) return `imports the host or UI package ${specifier}`;
  if (NODE_BUILTINS.has(specifier)) return `imports the Node module ${specifier}`;
  return null;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Every broken boundary of the files of `folder`, as "file: reason" lines. */
function problemsIn(folder: string, allowed: readonly string[]): string[] {
  return sourceFiles(folder).flatMap((file) => {
    const { specifiers, globals } = usesOf(file, readFileSync(file, "utf8"));
    const name = relative(ROOT, file);
    return [
      ...specifiers.flatMap((s) => {
        const why = violation(file, s, allowed);
        return why ? [`${name}: ${why}`] : [];
      }),
      ...globals.map((g) => `${name}: uses the host global ${g}`),
    ];
  });
}

const MODEL = join(ROOT, "src", "model");
const ENGINE = join(ROOT, "src", "engine");

describe("model and engine boundaries", () => {
  test("the folders hold the sources this test is meant to scan", () => {
    expect(sourceFiles(MODEL).map((f) => relative(MODEL, f))).toEqual(expect.arrayContaining(["money.ts", "dates.ts", "schema.ts"]));
    expect(sourceFiles(ENGINE).map((f) => relative(ENGINE, f))).toEqual(expect.arrayContaining(["analyze.ts", join("figures", "aggregate.ts"), join("rules", "claimRules.ts")]));
  });

  test("src/model imports nothing but src/model and uses no host global", () => {
    expect(problemsIn(MODEL, [MODEL])).toEqual([]);
  });

  test("src/engine imports nothing but src/model and src/engine and uses no host global", () => {
    expect(problemsIn(ENGINE, [MODEL, ENGINE])).toEqual([]);
  });
});

describe("the boundary check itself", () => {
  const file = join(ENGINE, "probe.ts");
  const problems = (text: string): string[] => {
    const { specifiers, globals } = usesOf(file, text);
    return [...specifiers.map((s) => violation(file, s, [MODEL, ENGINE])).filter((v): v is string => v !== null), ...globals];
  };

  test("catches every way of reaching a host, a UI library or another layer", () => {
    const text = [
      'import * as React from "react";',
      'import { Button } from "@fluentui/react-components";',
      'import type { Workbook } from "exceljs";',
      'export { init } from "echarts/core";',
      'const fs = require("node:fs");',
      'const port = import("../workbook/port");',
      'type R = import("office-addin-mock").Mock;',
      "Office.onReady(() => undefined);",
      "await Excel.run(async (ctx) => ctx.sync());",
      "CustomFunctions.associate('ROI', roi);",
      "let range: Excel.Range;",
      "const host = globalThis.Office;",
    ].join("\n");
    expect(problems(text)).toEqual([
      "imports the host or UI package react",
      "imports the host or UI package @fluentui/react-components",
      "imports the host or UI package exceljs",
      "imports the host or UI package echarts/core",
      "imports the Node module node:fs",
      `reaches ${join("src", "workbook", "port")}`,
      "imports the host or UI package office-addin-mock",
      "Office (line 8)",
      "Excel (line 9)",
      "CustomFunctions (line 10)",
      "Excel (line 11)",
      "globalThis.Office",
    ]);
  });

  test("leaves comments, strings, members and the project's own layers alone", () => {
    const text = [
      "// Office.js hands error cells over as text; Excel.run is never called here.",
      "/* CustomFunctions.associate is the host's job */",
      'const note = "Office.js and Excel.run";',
      "const o = { Office: 1, Excel: 2 }; o.Excel = 3;",
      'import { money } from "../model/money";',
      'import { analyze } from "./analyze";',
    ].join("\n");
    expect(problems(text)).toEqual([]);
  });
});
