/**
 * What a host serves after a deployment build (`ADDIN_BASE_URL=https://jmp.example.com/ npm run
 * build`, the build these tests share): no development address anywhere Office reads, and every
 * address (the functions' help links, the manifest's URLs) naming a file the build emitted.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { BUILD_DIR, DEPLOY_BASE_URL } from "./build";

const read = (file: string): string => readFileSync(join(BUILD_DIR, file), "utf8");

/** The file in the build an address under the deployment base names (anchor and query dropped). */
function fileOf(url: string): string {
  expect(url.startsWith(DEPLOY_BASE_URL)).toBe(true);
  return url.slice(DEPLOY_BASE_URL.length).replace(/[#?].*$/, "");
}

test("functions.json has no localhost, and every help link opens a file of the build", () => {
  const text = read("functions.json");
  expect(text).not.toContain("localhost");
  const functions = (JSON.parse(text) as { functions: { id: string; helpUrl?: string }[] }).functions;
  expect(functions.length).toBeGreaterThan(0);
  for (const fn of functions) {
    expect(fn.helpUrl).toBeDefined();
    const file = fileOf(fn.helpUrl as string);
    expect(existsSync(join(BUILD_DIR, file))).toBe(true);
  }
  // The help page is the README, whose function reference the anchor points at.
  expect(read("README.md")).toContain("## Function reference");
});

test("manifest.xml points every address at the deployment, each at a file of the build", () => {
  const xml = read("manifest.xml");
  expect(xml).not.toContain("localhost");
  const urls = [...xml.matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => u.startsWith(DEPLOY_BASE_URL));
  expect(urls.length).toBeGreaterThan(3);
  for (const url of urls) expect(existsSync(join(BUILD_DIR, fileOf(url)))).toBe(true);
});
