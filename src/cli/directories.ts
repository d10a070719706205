/**
 * Creating output folders, and whether a path is taken. Node 20's `mkdir(..., { recursive: true })` can spin forever on some
 * paths (a folder under /proc, for one), so the CLI walks up the path itself: a bad output
 * folder is a one-line failure, never a hang.
 */
import { access, mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { CliError } from "./errors";

function codeOf(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

/** Makes `dir` and any missing parents; succeeds when it already is a folder. */
export async function ensureDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (error) {
    const code = codeOf(error);
    if (code === "EEXIST") {
      if ((await stat(dir)).isDirectory()) return;
      throw new CliError(`${dir}: exists and is not a folder`);
    }
    const parent = dirname(dir);
    if (code !== "ENOENT" || parent === dir) throw error;
    await ensureDirectory(parent);
    // Once the parent exists, a second failure is the real answer.
    await mkdir(dir);
  }
}

/** True when something (a file, a folder, a link) exists at `path`. */
export async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
