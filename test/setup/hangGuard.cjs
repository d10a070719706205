// How long any test, and any wait inside it (Testing Library's findBy/waitFor), may take before it
// is failed as hung: one limit for the whole suite, set in one place. Wall time is not a measure
// of this code (a busy two-core machine runs a test many times slower than an idle one), so the
// limit only has to catch a hang, and no test sets a shorter one (lint refuses jest.setTimeout and
// per-test limits). Speed is the benchmark's job; tests that guard against runaway work measure
// CPU time (see test/hardening/hostileParts.ts).
"use strict";
module.exports = { HANG_GUARD_MS: 15 * 60_000 };
