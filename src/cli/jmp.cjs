#!/usr/bin/env node
// The `jmp` executable: registers tsx so Node loads the TypeScript sources, then runs the CLI.
"use strict";
require("tsx/cjs");
require("./main.ts").main();
