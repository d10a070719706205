/**
 * The two pages the build emits and their Content-Security-Policy: the Excel page may load
 * Office's library and nothing else from outside; the browser page loads only its own scripts
 * and may connect nowhere, so a plan opened there never leaves the machine.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
// webpack.config.js is CommonJS and builds its config without running webpack.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, "webpack.config.js"));

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  return new Map(
    text
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

interface Page {
  readonly filename: string;
  readonly template: string;
  readonly chunks: string[];
  readonly policy: Policy;
}

function pages(mode: "production" | "development"): Page[] {
  const config = webpackConfig({}, { mode });
  return config.plugins
    .filter((p: { constructor: { name: string } }) => p.constructor.name === "HtmlWebpackPlugin")
    .map((p: { userOptions: { filename: string; template: string; chunks: string[]; templateParameters: { csp: string } } }) => ({
      filename: p.userOptions.filename,
      template: p.userOptions.template,
      chunks: p.userOptions.chunks,
      policy: parsePolicy(p.userOptions.templateParameters.csp),
    }));
}

const page = (mode: "production" | "development", name: string): Page => {
  const found = pages(mode).find((p) => p.filename === name);
  if (!found) throw new Error(`no page ${name}`);
  return found;
};

describe("the pane's pages", () => {
  test("the build emits the Excel page and the browser page from the same entry", () => {
    expect(pages("production").map((p) => p.filename)).toEqual(["taskpane.html", "app.html"]);
    expect(page("production", "app.html").chunks).toEqual(["taskpane"]);
    expect(page("production", "taskpane.html").chunks).toEqual(expect.arrayContaining(["taskpane", "commands"]));
  });

  test("both pages refuse everything not listed, and allow no eval, plugins, base or form targets", () => {
    for (const mode of ["production", "development"] as const) {
      for (const p of pages(mode)) {
        expect([p.filename, p.policy.get("default-src")]).toEqual([p.filename, ["'none'"]]);
        expect(p.policy.get("script-src")).not.toContain("'unsafe-eval'");
        expect(p.policy.get("script-src")).not.toContain("'unsafe-inline'");
        expect(p.policy.get("object-src")).toEqual(["'none'"]);
        expect(p.policy.get("base-uri")).toEqual(["'none'"]);
        expect(p.policy.get("form-action")).toEqual(["'none'"]);
        expect(p.policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
        expect(p.policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
      }
    }
  });

  test("the browser page runs only its own scripts and connects nowhere", () => {
    const app = page("production", "app.html");
    expect(app.policy.get("script-src")).toEqual(["'self'"]);
    expect(app.policy.get("connect-src")).toEqual(["'none'"]);
    const html = fs.readFileSync(path.join(ROOT, app.template), "utf8");
    expect(html).not.toMatch(/<script[^>]*src=/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  test("the Excel page adds only Office's library, loaded after the policy is in force", () => {
    const excel = page("production", "taskpane.html");
    expect(excel.policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(excel.policy.get("connect-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    const html = fs.readFileSync(path.join(ROOT, excel.template), "utf8");
    const policyAt = html.indexOf('http-equiv="Content-Security-Policy"');
    const scriptAt = html.indexOf("<script");
    expect(policyAt).toBeGreaterThan(0);
    expect(policyAt).toBeLessThan(scriptAt);
    expect([...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });

  test("development keeps eval out, so the pages run under the same policy", () => {
    const config = webpackConfig({}, { mode: "development" });
    expect(String(config.devtool)).not.toMatch(/eval/);
    expect(page("development", "app.html").policy.get("connect-src")).toEqual(["'self'"]);
  });

  test("ExcelJS is a chunk of its own, loaded on demand", () => {
    const config = webpackConfig({}, { mode: "production" });
    expect(config.output.chunkFilename).toMatch(/\[contenthash/);
    const files = fs.readFileSync(path.join(ROOT, "src/taskpane/browser/BrowserFiles.ts"), "utf8");
    expect(files).toMatch(/import\(\/\* webpackChunkName: "xlsx" \*\/ "..\/..\/workbook\/xlsx\/fileWorkbooks"\)/);
    const valueImports = (file: string): string[] => [...fs.readFileSync(file, "utf8").matchAll(/^import (?!type )[^;]*from "([^"]+)";/gm)].map((m) => m[1]);
    // The workbook the page holds over tables the open worker read imports no code at all.
    expect(valueImports(path.join(ROOT, "src/workbook/xlsx/StreamFirstWorkbook.ts"))).toEqual([]);
    // The open worker is a bundle of its own (the streaming reader runs there, never on the page).
    const workerOnly = ["openInWorker.ts", "openWorker.ts"].map((name) => path.join(ROOT, "src/taskpane/browser/worker", name));
    // No other pane file imports the xlsx adapter's code (types are erased).
    for (const file of listFiles(path.join(ROOT, "src/taskpane")).filter((f) => !workerOnly.includes(f))) {
      expect([file, valueImports(file).filter((s) => /workbook\/xlsx\/(?!errors$|StreamFirstWorkbook$)/.test(s))]).toEqual([file, []]);
    }
  });
});

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
