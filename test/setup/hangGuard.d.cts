/** How long any test may take before it is failed as hung (see hangGuard.cjs). */
export declare const HANG_GUARD_MS: number;
