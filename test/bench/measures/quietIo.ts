/** A quiet CLI for commands run inside the benchmark: what they print is not the point. */
import type { CliIo } from "../../../src/cli/io";

/** An io whose output goes nowhere. */
export function quietIo(): CliIo {
  const out = { write: () => undefined };
  return { stdout: out, stderr: out, interactive: false };
}
