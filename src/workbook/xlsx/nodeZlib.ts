/**
 * Node's own zlib, where the runtime is Node (20.16 or later, through `getBuiltinModule`, so a
 * browser bundle carries no import of it); undefined in a browser. Node's web streams
 * (`DecompressionStream`, `CompressionStream`) run on top of it but hand data over in small
 * chunks through promises: inflating the SPEC-size plan's sheets took 630-800 ms through them
 * against 170-200 ms here, and deflating 22 MB of sheet XML 160-220 ms against 36-39 ms.
 */

/** The part of Node's zlib the package code uses. */
export interface NodeZlib {
  createInflateRaw(options: { chunkSize: number }): AsyncIterable<Uint8Array> & { end(data: Uint8Array): void; destroy(): void };
  deflateRaw(data: Uint8Array, callback: (error: Error | null, result: Uint8Array) => void): void;
  crc32?(data: Uint8Array): number;
}

/** Node's zlib, or undefined outside Node. */
export function nodeZlib(): NodeZlib | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proc?.getBuiltinModule?.("zlib") as NodeZlib | undefined;
}
