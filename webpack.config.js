/**
 * Builds the add-in into dist/: taskpane.html, the page Excel loads, that carries the task pane,
 * the ribbon commands and (once src/functions/ exists) the custom functions, because all three
 * share one runtime; app.html, the same pane for a plain browser (browser mode on .xlsx files,
 * without office.js and with no network access at all); plus the icons, the manifest and the help
 * page the functions link to (README.md). `ADDIN_BASE_URL` (an https address ending in `/`)
 * replaces https://localhost:3000/ in the copied manifest and in functions.json (the functions'
 * help links) for a deployment; unset, both keep the development address.
 *
 *   npm run build        production build to dist/
 *   npm run dev-server   https://localhost:3000 with live rebuilds
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** The address the manifest is written for during development. */
const DEV_BASE_URL = "https://localhost:3000/";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/** Files the build emits that the manifest points at, relative to dist/. */
const OUTPUTS = {
  taskpane: "taskpane.html",
  app: "app.html",
  functionsScript: "functions.js",
  /** Browser mode's Web Worker that reads and analyses an opened file (`src/taskpane/index.tsx` names it). */
  openWorker: "open-worker.js",
  functionsMetadata: "functions.json",
  manifest: "manifest.xml",
  assets: "assets",
  /** The help page each function's `helpUrl` points at. */
  help: "README.md",
};

/** The base address for the manifest: `ADDIN_BASE_URL` checked, or the development one. */
function baseUrl(value) {
  if (!value) return DEV_BASE_URL;
  const url = new URL(value);
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must be https: ${value}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest for a base address: every URL under it, the app domain its origin. */
function rewriteManifest(xml, base) {
  const origin = new URL(base).origin;
  return xml
    .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .replace(/https:\/\/localhost:3000\//g, base);
}

/** functions.json for a base address: the help links under it. */
function rewriteFunctionsMetadata(json, base) {
  return json.replace(/https:\/\/localhost:3000\//g, base);
}

/** Rewrites the functions.json that custom-functions-metadata-plugin emits, as the manifest is. */
class RewriteFunctionsMetadataPlugin {
  constructor(base) {
    this.base = base;
  }

  apply(compiler) {
    const { sources } = compiler.webpack;
    // Right after custom-functions-metadata-plugin adds the asset (this plugin comes after it), in
    // every compilation it adds it to (child compilations too, so their copies agree).
    compiler.hooks.compilation.tap("RewriteFunctionsMetadataPlugin", (compilation) => {
      const asset = compilation.assets[OUTPUTS.functionsMetadata];
      if (asset) compilation.assets[OUTPUTS.functionsMetadata] = new sources.RawSource(rewriteFunctionsMetadata(asset.source().toString(), this.base));
    });
  }
}

/** The entry of browser mode's open worker. */
const OPEN_WORKER_ENTRY = "openWorker";
/** Chunks kept whole under a fixed name: the manifest names functions.js, the pane open-worker.js. */
const FIXED_NAMES = { functions: OUTPUTS.functionsScript, [OPEN_WORKER_ENTRY]: OUTPUTS.openWorker };

/** Office's JavaScript library, which the Excel page loads and which loads its host scripts. */
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/**
 * The Content-Security-Policy of a page. Both refuse everything not listed. Styles allow inline
 * rules: Fluent's Griffel inserts them at run time, as does office.js in Excel on the web. The
 * Excel page runs scripts from this origin and Office's library (which talks to the host through
 * messages, and whose telemetry endpoints stay blocked); the browser page runs only this origin's
 * scripts and may connect nowhere (in development only back to the dev server, for live reload).
 */
function contentSecurityPolicy(page, production) {
  const office = page === "taskpane";
  const connect = office ? `'self' ${OFFICE_JS_ORIGIN}` : production ? "'none'" : "'self'";
  return [
    "default-src 'none'",
    `script-src 'self'${office ? ` ${OFFICE_JS_ORIGIN}` : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** The certificates office-addin-dev-certs installs, when present (Office trusts them). */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const file = (name) => path.join(dir, name);
  if (!["localhost.key", "localhost.crt", "ca.crt"].every((name) => fs.existsSync(file(name)))) return undefined;
  return { key: fs.readFileSync(file("localhost.key")), cert: fs.readFileSync(file("localhost.crt")), ca: fs.readFileSync(file("ca.crt")) };
}

module.exports = (_env, argv = {}) => {
  const production = argv.mode === "production";
  const base = baseUrl(process.env.ADDIN_BASE_URL);
  const withFunctions = fs.existsSync(path.resolve(__dirname, FUNCTIONS_SOURCE));
  const entry = { taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts" };
  if (withFunctions) entry.functions = FUNCTIONS_SOURCE;
  // Pages load the entries above; the worker is started by the pane, from its own file.
  const pageEntries = Object.keys(entry);
  entry[OPEN_WORKER_ENTRY] = "./src/taskpane/browser/worker/openWorker.ts";

  const plugins = [
    new HtmlWebpackPlugin({
      filename: OUTPUTS.taskpane,
      template: "./src/taskpane/index.html",
      chunks: pageEntries,
      templateParameters: { csp: contentSecurityPolicy("taskpane", production) },
    }),
    // The browser page needs neither the ribbon commands nor the functions (both need Office).
    new HtmlWebpackPlugin({
      filename: OUTPUTS.app,
      template: "./src/taskpane/app.html",
      chunks: ["taskpane"],
      templateParameters: { csp: contentSecurityPolicy("app", production) },
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: `${OUTPUTS.assets}/[name][ext]` },
        { from: "manifest.xml", to: OUTPUTS.manifest, transform: (content) => rewriteManifest(content.toString(), base) },
        { from: "README.md", to: OUTPUTS.help },
      ],
    }),
  ];
  if (withFunctions) {
    // Writes functions.json from the functions' JSDoc and registers them; loaded only when they exist.
    const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
    plugins.push(new CustomFunctionsMetadataPlugin({ output: OUTPUTS.functionsMetadata, input: FUNCTIONS_SOURCE }));
    plugins.push(new RewriteFunctionsMetadataPlugin(base));
  }

  const certificates = production ? undefined : devCertificates();
  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' policy allows no eval, in development too.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      // Fixed names for the scripts named from outside the bundle; the others are hashed.
      filename: (data) => (data.chunk && FIXED_NAMES[data.chunk.name]) || "[name].[contenthash:8].js",
      // Chunks loaded on demand (the xlsx adapter with ExcelJS, in browser mode only).
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `tsc --noEmit`'s job; the loader only strips types.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "node" } } },
        },
      ],
    },
    plugins,
    // The pane and the commands share the engine and the adapter: one copy, in a common chunk.
    // functions.js and the worker stay whole: each is loaded as a script of its own.
    optimization: { splitChunks: { chunks: (chunk) => !(chunk.name in FIXED_NAMES) } },
    performance: { maxAssetSize: 1_500_000, maxEntrypointSize: 1_500_000 },
    devServer: {
      port: 3000,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: certificates ? { type: "https", options: certificates } : "https",
    },
  };
};

module.exports.OUTPUTS = OUTPUTS;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.rewriteManifest = rewriteManifest;
module.exports.rewriteFunctionsMetadata = rewriteFunctionsMetadata;
module.exports.baseUrl = baseUrl;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
