/**
 * The build the browser tests run against: `npm run build` (webpack, production) written to a
 * folder of the tests' own, so a build someone else starts in dist/ meanwhile cannot swap files
 * under a running test. It is rebuilt when anything the bundle is made from is newer than it.
 * It is a deployment build (`ADDIN_BASE_URL` set), so the tests also see what a host serves.
 */
import { execFileSync } from "child_process";
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "fs";
import { join } from "path";

/** The repository root. */
export const ROOT = join(__dirname, "..", "..");
/** Where the tests' build goes (git-ignored with the rest of test-output/). */
export const BUILD_DIR = join(ROOT, "test-output", "e2e-dist");
/** The browser page of the pane (browser mode on .xlsx files). */
export const PAGE = "app.html";
/** The address the tests' build is made for (`ADDIN_BASE_URL`). */
export const DEPLOY_BASE_URL = "https://jmp.example.com/";

const STAMP = join(BUILD_DIR, ".built");
/** What the bundle is made from. */
const SOURCES = ["src", "assets", "webpack.config.js", "manifest.xml", "package-lock.json", "tsconfig.json"];

/** The newest modification time under `path` (folders count: deleting a file touches its folder). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** True when the tests' build is missing or older than a source. */
export function buildIsStale(): boolean {
  if (!existsSync(STAMP) || !existsSync(join(BUILD_DIR, PAGE))) return true;
  // A build stamped before the address was recorded, or for another one, is rebuilt.
  if (!readFileSync(STAMP, "utf8").includes(DEPLOY_BASE_URL)) return true;
  const built = statSync(STAMP).mtimeMs;
  return SOURCES.some((s) => newest(join(ROOT, s)) > built);
}

/** Builds when stale; returns whether it built. Build output goes to the console only on failure. */
export function ensureBuild(log: (line: string) => void = console.log): boolean {
  if (!buildIsStale()) return false;
  log(`Building the pane into ${BUILD_DIR} ...`);
  const started = Date.now();
  const startedAt = new Date(started);
  try {
    execFileSync("npm", ["run", "-s", "build", "--", "--output-path", BUILD_DIR], { cwd: ROOT, stdio: "pipe", encoding: "utf8", env: { ...process.env, ADDIN_BASE_URL: DEPLOY_BASE_URL } });
  } catch (error) {
    const out = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed:\n${out.stdout ?? ""}\n${out.stderr ?? ""}`);
  }
  // The stamp takes the time the build started, so an edit made during the build triggers the next one.
  writeFileSync(STAMP, `${startedAt.toISOString()} ${DEPLOY_BASE_URL}\n`);
  utimesSync(STAMP, startedAt, startedAt);
  log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
  return true;
}
