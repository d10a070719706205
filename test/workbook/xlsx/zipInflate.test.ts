/**
 * Inflating a zip entry hands its bytes over in pieces small enough to decode into ordinary
 * strings (large ones cost a page fault per 4 KB), and no byte is lost or split wrongly: a
 * character of several bytes cut between two pieces still decodes whole.
 */
import JSZip from "jszip";
import { MAX_PIECE_BYTES, inflateEntry } from "../../../src/workbook/xlsx/zipInflate";
import { readDirectoryEnd, readZipEntries } from "../../../src/workbook/xlsx/zipDirectory";

/** Text of about 300 KB in which a euro sign (three bytes) straddles each 64 KB boundary. */
function textAcrossPieces(): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let boundary = MAX_PIECE_BYTES; boundary < 300_000; boundary += MAX_PIECE_BYTES) {
    const filler = "x".repeat(boundary - bytes - 1);
    parts.push(filler, "€");
    bytes = boundary + 2;
  }
  parts.push("<end/>");
  return parts.join("");
}

async function zipOf(text: string, compression: "DEFLATE" | "STORE"): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("xl/worksheets/sheet1.xml", text, { compression });
  return zip.generateAsync({ type: "uint8array" });
}

describe("inflateEntry", () => {
  it.each(["DEFLATE", "STORE"] as const)("hands over a %s entry in pieces of at most 64 KB that decode to the text", async (compression) => {
    const text = textAcrossPieces();
    const bytes = await zipOf(text, compression);
    const entry = readZipEntries(bytes, readDirectoryEnd(bytes), 10).find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    const pieces: Uint8Array[] = [];
    const produced = await inflateEntry(bytes, entry, (piece) => pieces.push(piece.slice()));
    const decoder = new TextDecoder("utf-8");
    const decoded = pieces.map((piece) => decoder.decode(piece, { stream: true })).join("") + decoder.decode();
    expect(produced).toBe(new TextEncoder().encode(text).byteLength);
    // Below 128 KB, where V8 starts putting strings in fresh memory of their own.
    expect(Math.max(...pieces.map((p) => p.byteLength))).toBeLessThan(128 * 1024);
    expect(pieces.length).toBeGreaterThan(4);
    expect(decoded).toBe(text);
  });
});
