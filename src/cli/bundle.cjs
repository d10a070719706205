// The CLI as one bundled script, so that `jmp` starts without compiling TypeScript module by
// module (through tsx, `jmp --help` took 1.7 s). The bundle lives in node_modules/.cache (made
// again by every fresh install) and is rebuilt by the launcher whenever a source file is newer
// than it; packages stay outside it and load from node_modules. esbuild is a dev dependency:
// where it is missing, the launcher falls back to tsx.
"use strict";
const { mkdirSync, readdirSync, renameSync, statSync } = require("node:fs");
const { dirname, join } = require("node:path");

const ROOT = join(__dirname, "..", "..");
const SOURCES = join(ROOT, "src");
const BUNDLE = join(ROOT, "node_modules", ".cache", "jmp-cli", "jmp.cjs");

/** The newest modification time of the sources the CLI is built from. */
function newestSource() {
  let newest = 0;
  for (const entry of readdirSync(SOURCES, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|tsx|json)$/.test(entry.name)) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds the bundle; written under a temporary name first, so a run at the same time never loads half of it. */
function buildBundle() {
  const { buildSync } = require("esbuild");
  mkdirSync(dirname(BUNDLE), { recursive: true });
  const temporary = `${BUNDLE}.${process.pid}.tmp`;
  buildSync({
    entryPoints: [join(SOURCES, "cli", "main.ts")],
    outfile: temporary,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "silent",
  });
  renameSync(temporary, BUNDLE);
  return BUNDLE;
}

/** The path of an up-to-date bundle (built now if needed), or undefined when it cannot be built. */
function freshBundle() {
  let built;
  try {
    built = statSync(BUNDLE).mtimeMs;
  } catch {
    built = undefined;
  }
  if (built !== undefined && built >= newestSource()) return BUNDLE;
  try {
    return buildBundle();
  } catch {
    return undefined;
  }
}

module.exports = { freshBundle, buildBundle, BUNDLE };

// `node src/cli/bundle.cjs` (the package's prepare step) builds it ahead of the first run.
if (require.main === module) buildBundle();
