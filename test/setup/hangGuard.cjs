// How long any test, and any wait inside it (Testing Library's findBy/waitFor), may take before it
// is failed as hung: one limit for the whole suite, set in one place. Wall time is not a measure
// of this code (a busy two-core machine runs a test many times slower than an idle one), so the
// limit only has to catch a hang, and no test sets a shorter one (lint refuses jest.setTimeout and
// per-test limits). Speed is the benchmark's job. Tests that guard against runaway work bound what
// can be counted (the guard's reason, the heap, the cells read), never time: even CPU time counts a
// test process's GC and helper threads, and once failed a 14 ms check at 6 s on a busy CI machine.
"use strict";
module.exports = { HANG_GUARD_MS: 15 * 60_000 };
