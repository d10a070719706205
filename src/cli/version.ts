/**
 * The version `jmp --version` prints: package.json's, read when the CLI is built (the bundle
 * holds it, and is built again when package.json changes: see bundle.cjs).
 */
import { version } from "../../package.json";

/** The package's version ("0.1.0"). */
export const VERSION: string = version;
