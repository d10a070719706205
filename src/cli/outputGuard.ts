/**
 * Outputs that would destroy what the user keeps: `jmp report plan.xlsx --html plan.xlsx` or
 * `--save-mapping tracker.xlsx` wrote a web page or JSON over the workbook itself. Such an
 * output is refused before anything is read or written (exit 3): when it is one of the
 * command's inputs, by whatever name (a path, a symbolic or a hard link), or when it already
 * exists and is a workbook (an .xlsx zip or an old binary .xls), which what is written is not.
 */
import { resolve } from "node:path";
import { open, stat } from "node:fs/promises";
import { CliError } from "./errors";
import { hasWorkbookSignature, WORKBOOK_SIGNATURE_BYTES } from "../workbook/xlsx/zipGuard";


/** A file's identity (BigInt: file IDs on Windows exceed 2^53), and whether it is a regular file. */
async function identity(path: string): Promise<{ readonly dev: bigint; readonly ino: bigint; readonly regular: boolean } | undefined> {
  try {
    const s = await stat(path, { bigint: true });
    return { dev: s.dev, ino: s.ino, regular: s.isFile() };
  } catch {
    return undefined;
  }
}

/** True when a regular file starts as a workbook does (only regular files are opened: a pipe would block). */
async function isWorkbookFile(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, "r");
    const head = Buffer.alloc(WORKBOOK_SIGNATURE_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return hasWorkbookSignature(head.subarray(0, bytesRead));
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/**
 * Refuses `output` (given with `option`, holding `what`) when it is one of `inputs` or an
 * existing workbook. `creates` names files the command makes before it writes `output` (a new
 * plan): they do not exist yet, so they are compared by path.
 */
export async function refuseOutputOverInput(output: string, option: string, what: string, inputs: readonly string[], creates: readonly string[] = []): Promise<void> {
  const made = creates.find((path) => resolve(path) === resolve(output));
  if (made !== undefined) throw new CliError(`${option} ${output} is the file this command writes its plan to: writing ${what} there would replace it; give another file`);
  const target = await identity(output);
  // A new file, or a device or pipe (stdout, a FIFO a script reads): nothing there to lose.
  if (target === undefined || !target.regular) return;
  for (const input of inputs) {
    const source = await identity(input);
    if (source !== undefined && source.dev === target.dev && source.ino === target.ino) {
      throw new CliError(`${option} ${output} is ${input}, which this command reads: writing ${what} there would replace it; give another file`);
    }
  }
  if (await isWorkbookFile(output)) throw new CliError(`${option} ${output} is a workbook: writing ${what} there would replace it; give another file`);
}
