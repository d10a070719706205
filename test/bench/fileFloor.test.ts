import JSZip from "jszip";
import { fileFloor } from "./files/fileFloor";

/** A sheet of `rows` rows (a number and an inline string each) and shared strings, well past one 64 KB piece. */
async function workbookBytes(rows: number): Promise<Uint8Array> {
  const cells = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}.5</v></c><c r="B${i + 1}" t="inlineStr"><is><t>text ${i} é</t></is></c></row>`);
  const strings = Array.from({ length: rows }, (_, i) => `<si><t xml:space="preserve">shared ${i}</t></si>`);
  const zip = new JSZip();
  zip.file("xl/worksheets/sheet1.xml", `<worksheet><sheetData>${cells.join("")}</sheetData></worksheet>`);
  zip.file("xl/sharedStrings.xml", `<sst>${strings.join("")}</sst>`);
  zip.file("xl/styles.xml", "<styleSheet><v>99</v></styleSheet>");
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

test("the file floor pulls out every value of the sheets and shared strings, none lost where it cuts the XML", async () => {
  const rows = 20_000;
  const found = fileFloor(await workbookBytes(rows));
  expect(found.values).toBe(3 * rows);
  // 0.5 + 1.5 + ... : every number read whole.
  expect(found.sum).toBe((rows * (rows - 1)) / 2 + rows * 0.5);
  let chars = 0;
  for (let i = 0; i < rows; i++) chars += `text ${i} é`.length + `shared ${i}`.length;
  expect(found.textChars).toBe(chars);
});
