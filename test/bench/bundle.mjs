/**
 * Builds the benchmark as one script before it runs, the way the add-in's production build
 * bundles the engine: all project modules in one scope, so a call across modules costs what it
 * costs in Excel. (Run module by module, each imported name would be read through a getter, a
 * cost the shipped add-in does not pay.) Packages stay outside and load from node_modules.
 */
import { buildSync } from "esbuild";

buildSync({
  entryPoints: ["test/bench/bench.ts"],
  outfile: "test-output/bench/bench.cjs",
  bundle: true,
  packages: "external",
  platform: "node",
  format: "cjs",
  target: "node20",
  logLevel: "warning",
});
