// The CLI as one bundled script, so that `jmp` starts without compiling TypeScript module by
// module (through tsx, `jmp --help` took 1.7 s). The bundle lives in node_modules/.cache (made
// again by every fresh install) and is rebuilt by the launcher whenever a source file is newer
// than it; packages stay outside it and load from node_modules. esbuild is a dev dependency:
// where it is missing, the launcher falls back to tsx.
"use strict";
const { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } = require("node:fs");
const { dirname, join } = require("node:path");

const ROOT = join(__dirname, "..", "..");
const SOURCES = join(ROOT, "src");
const BUNDLE = join(ROOT, "node_modules", ".cache", "jmp-cli", "jmp.cjs");

/** The newest modification time of the sources the CLI is built from (package.json gives it its version). */
function newestSource() {
  let newest = statSync(join(ROOT, "package.json")).mtimeMs;
  for (const entry of readdirSync(SOURCES, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|tsx|json)$/.test(entry.name)) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Packages that take long to load (ExcelJS alone some 0.45 s, ECharts 0.15 s) and that many
 * runs never use (`jmp --help`, `jmp check`, which streams the file instead): the bundle loads
 * each on first use. Its stand-in module has a getter per export, listed at build time, which
 * loads the package and hands out the real export.
 */
const LOADED_ON_FIRST_USE = ["exceljs", "echarts", "jszip"];

function standIn(name) {
  const keys = Object.keys(require(name)).filter((key) => key !== "default" && key !== "__esModule" && /^[A-Za-z_$][\w$]*$/.test(key));
  const lines = [
    "let loaded;",
    `const load = () => (loaded ??= require(${JSON.stringify(name)}));`,
    'Object.defineProperty(exports, "__esModule", { value: true });',
    'Object.defineProperty(exports, "default", { enumerable: true, get: () => load() });',
    ...keys.map((key) => `Object.defineProperty(exports, ${JSON.stringify(key)}, { enumerable: true, get: () => load()[${JSON.stringify(key)}] });`),
  ];
  return lines.join("\n");
}

const loadOnFirstUse = {
  name: "load-on-first-use",
  setup(build) {
    const filter = new RegExp(`^(${LOADED_ON_FIRST_USE.join("|")})$`);
    build.onResolve({ filter }, (args) => (args.namespace === "stand-in" ? { path: args.path, external: true } : { path: args.path, namespace: "stand-in" }));
    build.onLoad({ filter: /.*/, namespace: "stand-in" }, (args) => ({ contents: standIn(args.path), loader: "js" }));
  },
};

/** Builds the bundle (resolves to its path); written under a temporary name first, so a run at the same time never loads half of it. */
function buildBundle() {
  const { build } = require("esbuild");
  mkdirSync(dirname(BUNDLE), { recursive: true });
  const temporary = `${BUNDLE}.${process.pid}.tmp`;
  // Plugins need esbuild's asynchronous API; the launcher waits for it.
  return build({
    entryPoints: [join(SOURCES, "cli", "main.ts")],
    write: false,
    outfile: temporary,
    bundle: true,
    packages: "external",
    plugins: [loadOnFirstUse],
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "silent",
  }).then((result) => {
    writeFileSync(temporary, result.outputFiles[0].contents);
    renameSync(temporary, BUNDLE);
    return BUNDLE;
  });
}

/** The path of an up-to-date bundle (built now if needed), or undefined when it cannot be built. */
async function freshBundle() {
  let built;
  try {
    built = statSync(BUNDLE).mtimeMs;
  } catch {
    built = undefined;
  }
  if (built !== undefined && built >= newestSource()) return BUNDLE;
  try {
    return await buildBundle();
  } catch {
    return undefined;
  }
}

module.exports = { freshBundle, buildBundle, BUNDLE };

// `node src/cli/bundle.cjs` (the package's prepare step) builds it ahead of the first run.
// A failure never fails the install: the launcher then runs the sources through tsx.
if (require.main === module) {
  buildBundle().catch((error) => {
    process.stderr.write(`jmp: the CLI bundle could not be built, jmp will run from the sources: ${error instanceof Error ? error.message : String(error)}\n`);
  });
}
