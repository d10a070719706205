// The worker thread the `jmp` launcher runs a command in (see budget.ts): the same bundle as the
// launcher's, or the sources through tsx (registered per thread, so here again).
"use strict";
const { workerData } = require("node:worker_threads");
if (workerData.bundle) {
  require(workerData.bundle).workerMain();
} else {
  require("tsx/cjs");
  require("./main.ts").workerMain();
}
