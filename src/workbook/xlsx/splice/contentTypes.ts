/**
 * The content types part of a spliced package: the original's, less the overrides of parts
 * that are gone, plus an override for each part added.
 */
import { encodeXml, findElements, splice } from "./xmlText";

/** The content types a package declares, by part name and by extension. */
export class ContentTypes {
  private readonly overrides = new Map<string, string>();
  private readonly defaults = new Map<string, string>();

  constructor(readonly text: string) {
    for (const { attributes } of findElements(text, "Override")) {
      if (attributes.PartName !== undefined && attributes.ContentType !== undefined) this.overrides.set(attributes.PartName.replace(/^\//, "").toLowerCase(), attributes.ContentType);
    }
    for (const { attributes } of findElements(text, "Default")) {
      if (attributes.Extension !== undefined && attributes.ContentType !== undefined) this.defaults.set(attributes.Extension.toLowerCase(), attributes.ContentType);
    }
  }

  /** The content type of part `name`, or undefined. */
  typeOf(name: string): string | undefined {
    return this.overrides.get(name.toLowerCase()) ?? this.defaults.get(name.slice(name.lastIndexOf(".") + 1).toLowerCase());
  }

  /**
   * The text with the overrides of `removed` parts dropped and `added` parts (name, type)
   * declared where the defaults do not already give them their type.
   */
  edited(removed: ReadonlySet<string>, added: readonly (readonly [string, string])[]): string {
    let text = this.text;
    const gone = new Set([...removed].map((name) => name.toLowerCase()));
    for (const element of findElements(text, "Override").reverse()) {
      const part = (element.attributes.PartName ?? "").replace(/^\//, "").toLowerCase();
      if (gone.has(part) || added.some(([name]) => name.toLowerCase() === part)) text = splice(text, element.start, element.end, "");
    }
    const prefix = findElements(text, "Types")[0]?.prefix ?? "";
    const declared = added
      .filter(([name, type]) => this.defaults.get(name.slice(name.lastIndexOf(".") + 1).toLowerCase()) !== type)
      .map(([name, type]) => `<${prefix}Override PartName="/${encodeXml(name)}" ContentType="${encodeXml(type)}"/>`)
      .join("");
    const end = text.lastIndexOf(`</${prefix}Types>`);
    return splice(text, end, end, declared);
  }
}
