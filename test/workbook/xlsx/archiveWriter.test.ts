/**
 * The spliced package's archive: kept entries are copied as their compressed bytes, written
 * ones deflated by the platform; any zip reader reads the result.
 */
import JSZip from "jszip";
import { crc32, tableCrc32, writeArchive } from "../../../src/workbook/xlsx/splice/archiveWriter";
import type { ZipEntry } from "../../../src/workbook/xlsx/zipDirectory";
import { entryDataStart, readDirectoryEnd, readZipEntries } from "../../../src/workbook/xlsx/zipDirectory";

test("the CRC-32 is the zip format's, Node's and the browsers' alike", () => {
  for (const crc of [crc32, tableCrc32]) {
    expect(crc(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc(new Uint8Array())).toBe(0);
  }
  const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) & 0xff);
  expect(tableCrc32(bytes)).toBe(crc32(bytes));
});

test("kept entries keep their compressed bytes; written ones read back; names are UTF-8", async () => {
  const source = new JSZip();
  source.file("kept.xml", "<a>".repeat(1000));
  source.file("stored.bin", new Uint8Array([1, 2, 3]), { compression: "STORE" });
  source.file("replaced.xml", "old");
  const original = await source.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const entries = readZipEntries(original, readDirectoryEnd(original), 100);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const kept = byName.get("kept.xml");
  const stored = byName.get("stored.bin");
  if (!kept || !stored) throw new Error("entries missing");
  const saved = await writeArchive(original, [
    { name: "kept.xml", kept },
    { name: "replaced.xml", content: "new ünïcode" },
    { name: "stored.bin", kept: stored },
    { name: "xl/nouveau é.xml", content: new TextEncoder().encode("<b/>") },
  ]);
  const read = await JSZip.loadAsync(saved, { checkCRC32: true });
  expect(Object.keys(read.files)).toEqual(["kept.xml", "replaced.xml", "stored.bin", "xl/nouveau é.xml"]);
  expect(await read.file("kept.xml")?.async("string")).toBe("<a>".repeat(1000));
  expect(await read.file("replaced.xml")?.async("string")).toBe("new ünïcode");
  expect(await read.file("stored.bin")?.async("uint8array")).toEqual(new Uint8Array([1, 2, 3]));
  expect(await read.file("xl/nouveau é.xml")?.async("string")).toBe("<b/>");
  // The kept entry's compressed bytes are the original's, byte for byte.
  const again = readZipEntries(saved, readDirectoryEnd(saved), 100).find((e) => e.name === "kept.xml");
  if (!again) throw new Error("kept.xml missing");
  expect(again).toMatchObject({ method: 8, compressedSize: kept.compressedSize, crc32: kept.crc32 });
  const data = (bytes: Uint8Array, entry: ZipEntry) => bytes.subarray(entryDataStart(bytes, entry), entryDataStart(bytes, entry) + entry.compressedSize);
  expect(Buffer.from(data(saved, again)).equals(Buffer.from(data(original, kept)))).toBe(true);
});

/** Runs `work` as in a browser: no Node zlib (and, when asked, no `CompressionStream` either). */
async function asBrowser<T>(work: () => Promise<T>, withCompressionStream: boolean): Promise<T> {
  const savedStream = globalThis.CompressionStream;
  const savedBuiltin = Object.getOwnPropertyDescriptor(process, "getBuiltinModule");
  Object.defineProperty(process, "getBuiltinModule", { value: undefined, configurable: true });
  if (!withCompressionStream) Reflect.deleteProperty(globalThis, "CompressionStream");
  try {
    return await work();
  } finally {
    globalThis.CompressionStream = savedStream;
    if (savedBuiltin) Object.defineProperty(process, "getBuiltinModule", savedBuiltin);
  }
}

test("a runtime without a compressor stores the written parts", async () => {
  const archive = await asBrowser(() => writeArchive(new Uint8Array(), [{ name: "a.xml", content: "<a/>" }]), false);
  expect(readZipEntries(archive, readDirectoryEnd(archive), 10)[0]).toMatchObject({ method: 0, compressedSize: 4, uncompressedSize: 4 });
  expect(await (await JSZip.loadAsync(archive, { checkCRC32: true })).file("a.xml")?.async("string")).toBe("<a/>");
});

test("a browser deflates through CompressionStream, Node through its zlib; both read back", async () => {
  const content = "<row><c><v>1</v></c></row>".repeat(2_000);
  const inBrowser = await asBrowser(() => writeArchive(new Uint8Array(), [{ name: "a.xml", content }]), true);
  const inNode = await writeArchive(new Uint8Array(), [{ name: "a.xml", content }]);
  for (const archive of [inBrowser, inNode]) {
    const [entry] = readZipEntries(archive, readDirectoryEnd(archive), 10);
    expect(entry.method).toBe(8);
    expect(entry.compressedSize).toBeLessThan(content.length / 10);
    expect(await (await JSZip.loadAsync(archive, { checkCRC32: true })).file("a.xml")?.async("string")).toBe(content);
  }
});
