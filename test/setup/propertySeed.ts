/**
 * Jest setup for every suite: property tests draw from one fixed seed, so a run of the suite is
 * the same run on every machine and a failure in CI is a failure again on a laptop. To explore
 * other inputs, set JMP_PROPERTY_SEED (fast-check prints the seed and path of any failure, which
 * a test can then pin while it is being fixed).
 */
import fc from "fast-check";

const seed = Number(process.env.JMP_PROPERTY_SEED ?? "20261206");
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number.isInteger(seed) ? seed : 20261206 });
