#!/usr/bin/env node
// The `jmp` executable: runs the CLI from its bundle (built on first run and after any source
// change, see bundle.cjs); where it cannot be built, registers tsx and runs the sources.
"use strict";
require("./bundle.cjs")
  .freshBundle()
  .then((bundle) => {
    if (bundle) return require(bundle).main();
    require("tsx/cjs");
    return require("./main.ts").main();
  })
  .catch((error) => {
    // Only a broken installation gets here (the CLI reports its own errors): one line, exit 3.
    process.stderr.write(`jmp: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  });
