/**
 * The add-in manifest checked offline (the Office validation service needs the network; `npm run
 * validate` uses it where there is one): well-formed, every resource id defined with the right
 * kind, the shared runtime wired the one way Office loads it, every URL https and served by the
 * build, the ribbon buttons bound to functions the commands register.
 */
import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = path.resolve(__dirname, "../..");
const XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
// webpack.config.js is CommonJS and builds its config without running webpack.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, "webpack.config.js"));
const DEV = webpackConfig.DEV_BASE_URL as string;
const OUTPUTS = webpackConfig.OUTPUTS as Record<string, string>;

type Node = Record<string, unknown>;
const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" }).parse(XML) as Node;
const app = parsed.OfficeApp as Node;
const overrides = app.VersionOverrides as Node;
const host = ((overrides.Hosts as Node).Host as Node) ?? {};
const resources = overrides.Resources as Node;

/** Every element in the tree with its name: a depth-first walk. */
function elements(node: unknown, name = "", out: { name: string; node: Node }[] = []): { name: string; node: Node }[] {
  if (Array.isArray(node)) for (const item of node) elements(item, name, out);
  else if (node && typeof node === "object") {
    out.push({ name, node: node as Node });
    for (const [key, child] of Object.entries(node)) if (!key.startsWith("@_")) elements(child, key, out);
  }
  return out;
}

function list<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Resource ids by kind, with their values. */
function defined(group: string, item: string): Map<string, string> {
  return new Map(list((resources[group] as Node)[item] as Node | Node[]).map((n) => [String(n["@_id"]), String(n["@_DefaultValue"])]));
}
const urls = defined("bt:Urls", "bt:Url");
const images = defined("bt:Images", "bt:Image");
const shortStrings = defined("bt:ShortStrings", "bt:String");
const longStrings = defined("bt:LongStrings", "bt:String");

/** The resource kind an element's `resid` must name. */
const KIND_OF: Record<string, Map<string, string>> = {
  Runtime: urls,
  SourceLocation: urls,
  FunctionFile: urls,
  LearnMoreUrl: urls,
  "bt:Image": images,
  Label: shortStrings,
  Title: shortStrings,
  Namespace: shortStrings,
  Description: longStrings,
};

describe("manifest.xml", () => {
  test("is well-formed XML for a task pane add-in in Excel", () => {
    expect(XMLValidator.validate(XML)).toBe(true);
    expect(app["@_xsi:type"]).toBe("TaskPaneApp");
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(((app.Hosts as Node).Host as Node)["@_Name"]).toBe("Workbook");
    expect(host["@_xsi:type"]).toBe("Workbook");
    expect(overrides["@_xsi:type"]).toBe("VersionOverridesV1_0");
  });

  test("every resid is defined as a resource of the kind its element needs, within Office's lengths", () => {
    const refs = elements(overrides).filter((e) => e.node["@_resid"] !== undefined);
    expect(refs.length).toBeGreaterThan(20);
    for (const { name, node } of refs) {
      const resid = String(node["@_resid"]);
      expect(resid.length).toBeLessThanOrEqual(32);
      expect([name, KIND_OF[name]?.has(resid)]).toEqual([name, true]);
    }
    for (const value of shortStrings.values()) expect(value.length).toBeLessThanOrEqual(125);
    for (const value of longStrings.values()) expect(value.length).toBeLessThanOrEqual(250);
  });

  test("runs task pane, ribbon commands and custom functions in one long-lived shared runtime", () => {
    const runtime = (host.Runtimes as Node).Runtime as Node;
    expect(runtime).toEqual({ "@_resid": "Taskpane.Url", "@_lifetime": "long" });
    const functions = (host.AllFormFactors as Node).ExtensionPoint as Node;
    expect(functions["@_xsi:type"]).toBe("CustomFunctions");
    expect(((functions.Page as Node).SourceLocation as Node)["@_resid"]).toBe("Taskpane.Url");
    const desktop = host.DesktopFormFactor as Node;
    expect((desktop.FunctionFile as Node)["@_resid"]).toBe("Taskpane.Url");
    const showPane = elements(desktop).filter((e) => e.name === "Action" && e.node["@_xsi:type"] === "ShowTaskpane");
    expect(showPane.map((e) => (e.node.SourceLocation as Node)["@_resid"])).toEqual(["Taskpane.Url"]);
    const sets = list(((app.Requirements as Node).Sets as Node).Set as Node[]).map((s) => `${s["@_Name"]} ${s["@_MinVersion"]}`);
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.1"]));
  });

  test("puts Runtimes first in the host, before the form factors, as Office requires", () => {
    const ordered = new XMLParser({ ignoreAttributes: false, preserveOrder: true }).parse(XML) as Node[];
    const find = (nodes: Node[], name: string): Node[] => (nodes.find((n) => name in n)?.[name] as Node[]) ?? [];
    const hostChildren = find(find(find(find(ordered, "OfficeApp"), "VersionOverrides"), "Hosts"), "Host").map((n) => Object.keys(n).find((k) => k !== ":@"));
    expect(hostChildren).toEqual(["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
  });

  test("declares the JMP custom functions namespace with their metadata and script", () => {
    const functions = (host.AllFormFactors as Node).ExtensionPoint as Node;
    expect(shortStrings.get(String((functions.Namespace as Node)["@_resid"]))).toBe("JMP");
    expect(urls.get(String(((functions.Metadata as Node).SourceLocation as Node)["@_resid"]))).toBe(`${DEV}${OUTPUTS.functionsMetadata}`);
    expect(urls.get(String(((functions.Script as Node).SourceLocation as Node)["@_resid"]))).toBe(`${DEV}${OUTPUTS.functionsScript}`);
  });

  test("puts Open JMP, Check plan and Refresh dashboard on the Home tab, the last two bound to registered commands", () => {
    const tab = ((host.DesktopFormFactor as Node).ExtensionPoint as Node).OfficeTab as Node;
    expect(((host.DesktopFormFactor as Node).ExtensionPoint as Node)["@_xsi:type"]).toBe("PrimaryCommandSurface");
    expect(tab["@_id"]).toBe("TabHome");
    const controls = list((tab.Group as Node).Control as Node[]);
    const buttons = controls.map((c) => [shortStrings.get(String((c.Label as Node)["@_resid"])), (c.Action as Node)["@_xsi:type"], (c.Action as Node).FunctionName ?? null]);
    expect(buttons).toEqual([
      ["Open JMP", "ShowTaskpane", null],
      ["Check plan", "ExecuteFunction", "checkPlan"],
      ["Refresh dashboard", "ExecuteFunction", "refreshDashboard"],
    ]);
    const commands = fs.readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
    const associated = [...commands.matchAll(/associate\("(\w+)"/g)].map((m) => m[1]);
    expect(associated.sort()).toEqual(["checkPlan", "refreshDashboard"]);
  });

  test("every URL is https, on the development address, and names a file the build emits", () => {
    const config = webpackConfig({}, { mode: "production" });
    const html = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === "HtmlWebpackPlugin");
    const copy = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === "CopyPlugin");
    expect(html.userOptions.filename).toBe(OUTPUTS.taskpane);
    // The commands (and functions) load in the task pane page: that is the shared runtime.
    expect(html.userOptions.chunks).toEqual(expect.arrayContaining(["taskpane", "commands"]));
    expect(copy.patterns.map((p: { from: string; to: string }) => [p.from, p.to])).toEqual([
      ["assets/*.png", "assets/[name][ext]"],
      ["manifest.xml", OUTPUTS.manifest],
      ["README.md", OUTPUTS.help],
    ]);
    expect(config.output.filename({ chunk: { name: "functions" } })).toBe(OUTPUTS.functionsScript);
    const assets = fs.readdirSync(path.join(ROOT, "assets")).filter((f) => f.endsWith(".png"));
    const emitted = new Set([OUTPUTS.taskpane, OUTPUTS.functionsScript, OUTPUTS.functionsMetadata, ...assets.map((f) => `assets/${f}`)]);

    const found = [...XML.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map((m) => m[1]);
    expect(found.length).toBeGreaterThan(10);
    for (const url of found) {
      expect(url.startsWith("https://")).toBe(true);
      if (url === DEV.replace(/\/$/, "")) continue;
      expect(url.startsWith(DEV)).toBe(true);
      expect([url, emitted.has(url.slice(DEV.length))]).toEqual([url, true]);
    }
  });

  test("the functions script and metadata are built when the functions source exists", () => {
    const config = webpackConfig({}, { mode: "production" });
    const hasFunctions = fs.existsSync(path.join(ROOT, "src/functions/functions.ts"));
    expect("functions" in config.entry).toBe(hasFunctions);
    const metadata = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === "CustomFunctionsMetadataPlugin");
    expect(metadata !== undefined).toBe(hasFunctions);
  });

  test("icons are real PNGs of the sizes the manifest declares", () => {
    for (const [id, url] of images) {
      const size = Number(/(\d+)x\1$/.exec(id)?.[1]);
      const png = fs.readFileSync(path.join(ROOT, url.slice(DEV.length)));
      expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
      expect([id, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([id, size, size]);
    }
    const high = String((app.HighResolutionIconUrl as Node)["@_DefaultValue"]);
    expect(fs.readFileSync(path.join(ROOT, high.slice(DEV.length))).readUInt32BE(16)).toBe(64);
  });

  test("the ShowTaskpane action carries no TaskpaneId (a shared runtime with a long lifetime)", () => {
    const actions = elements(overrides).filter((e) => e.name === "Action" && e.node["@_xsi:type"] === "ShowTaskpane");
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(Object.keys(action.node)).not.toContain("TaskpaneId");
    expect(XML).not.toContain("<TaskpaneId>");
  });

  test("the functions' help link names a page the build copies into dist/, and a deployment rewrites it", () => {
    const source = fs.readFileSync(path.join(ROOT, "src/functions/functions.ts"), "utf8");
    const help = /export const FUNCTION_HELP_URL = "([^"]+)"/.exec(source)?.[1] ?? "";
    expect(help.startsWith(DEV)).toBe(true);
    const file = help.slice(DEV.length).replace(/#.*$/, "");
    expect(file).toBe(OUTPUTS.help);
    expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
    const config = webpackConfig({}, { mode: "production" });
    const copy = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === "CopyPlugin");
    expect(copy.patterns.some((p: { from: string; to: string }) => p.to === file)).toBe(true);
    expect(config.plugins.some((p: { constructor: { name: string } }) => p.constructor.name === "RewriteFunctionsMetadataPlugin")).toBe(true);

    const metadata = JSON.stringify({ functions: [{ id: "ROI", helpUrl: help }] });
    const rewritten = webpackConfig.rewriteFunctionsMetadata(metadata, webpackConfig.baseUrl("https://jmp.example.com/")) as string;
    expect(rewritten).not.toContain("localhost");
    expect(JSON.parse(rewritten).functions[0].helpUrl).toBe("https://jmp.example.com/README.md#function-reference");
  });

  test("a deployment build rewrites every address to ADDIN_BASE_URL, the app domain to its origin", () => {
    const base = webpackConfig.baseUrl("https://addins.contoso.com/jmp");
    expect(base).toBe("https://addins.contoso.com/jmp/");
    const rewritten = webpackConfig.rewriteManifest(XML, base) as string;
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain("<AppDomain>https://addins.contoso.com</AppDomain>");
    expect(rewritten).toContain('DefaultValue="https://addins.contoso.com/jmp/taskpane.html"');
    expect(XMLValidator.validate(rewritten)).toBe(true);
    expect(() => webpackConfig.baseUrl("http://addins.contoso.com/")).toThrow(/https/);
    expect(webpackConfig.baseUrl(undefined)).toBe(DEV);
  });
});
