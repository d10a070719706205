/**
 * The XML parser of a package part, by what the part is: worksheets (almost all of a plan file's
 * bytes) go through the worksheet scanner (`sheetXml.ts`), every other part through saxes. Both
 * hand over the same events and stop at the first error with `MalformedXml`.
 */
import { SaxesParser } from "saxes";
import { MalformedXml, SheetXmlScanner } from "./sheetXml";
import type { XmlEvents } from "./sheetXml";

/** A parser fed the part's text piece by piece. */
export interface PartParser {
  write(text: string): void;
  /** Ends the part; throws `MalformedXml` when it is not a whole, well-formed document. */
  end(): void;
}

/** Which parser reads a part. */
export type PartScanner = "sheet" | "saxes";

/** Worksheets by their usual part names: almost all of a plan's bytes. */
export function isWorksheetPart(name: string): boolean {
  return name.startsWith("xl/worksheets/") && name.endsWith(".xml");
}

/** The parser for part `name`: the worksheet scanner for worksheets, saxes for the rest. */
export function scannerFor(name: string): PartScanner {
  return isWorksheetPart(name) ? "sheet" : "saxes";
}

/** A parser of kind `scanner` handing its events to `events`. */
export function partParser(scanner: PartScanner, events: XmlEvents): PartParser {
  if (scanner === "sheet") return new SheetXmlScanner(events);
  const parser = new SaxesParser({ xmlns: false });
  parser.on("error", (error) => {
    throw new MalformedXml(error.message);
  });
  parser.on("opentag", (tag) => events.open(tag.name, tag.attributes));
  parser.on("text", (text) => events.text(text));
  parser.on("cdata", (text) => events.text(text));
  parser.on("closetag", (tag) => events.close(tag.name));
  return {
    write: (text) => void parser.write(text),
    end: () => void parser.close(),
  };
}
