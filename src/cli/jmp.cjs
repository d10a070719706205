#!/usr/bin/env node
// The `jmp` executable: runs the CLI from its bundle (built on first run and after any source
// change, see bundle.cjs; where it cannot be built, from the sources through tsx), in a worker
// thread within a memory and time budget (see budget.ts).
"use strict";
const { join } = require("node:path");
require("./bundle.cjs")
  .freshBundle()
  .then((bundle) => {
    if (!bundle) require("tsx/cjs");
    const cli = bundle ? require(bundle) : require("./main.ts");
    return cli.superviseCli(join(__dirname, "worker.cjs"), { bundle });
  })
  .catch((error) => {
    // Only a broken installation gets here (the CLI reports its own errors): one line, exit 3.
    process.stderr.write(`jmp: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  });
