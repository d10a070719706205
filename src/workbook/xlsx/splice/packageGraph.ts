/**
 * A package opened for splicing: its parts' text on demand, each part's relationships, and
 * which parts are reachable from where. Parts are found as the package format compares names,
 * whatever their letter case (see `partNames.ts`); the names it answers with are the archive's.
 */
import JSZip from "jszip";
import { PartNames } from "../partNames";
import type { PartRelationship } from "./relationships";
import { parseRelationships, relationshipsPartOf } from "./relationships";

/** Where a package's parts come from: a zip archive, or parts held as text. */
interface PartSource {
  names(): string[];
  text(name: string): Promise<string | undefined>;
  bytes(name: string): Promise<Uint8Array | undefined>;
}

function zipSource(zip: JSZip): PartSource {
  const has = (name: string) => zip.files[name] !== undefined && !zip.files[name].dir;
  return {
    names: () => Object.keys(zip.files).filter((name) => !zip.files[name].dir),
    text: async (name) => (has(name) ? zip.files[name].async("string") : undefined),
    bytes: async (name) => (has(name) ? zip.files[name].async("uint8array") : undefined),
  };
}

function textSource(parts: ReadonlyMap<string, string>): PartSource {
  return {
    names: () => [...parts.keys()],
    text: async (name) => parts.get(name),
    bytes: async (name) => {
      const text = parts.get(name);
      return text === undefined ? undefined : new TextEncoder().encode(text);
    },
  };
}

/** An opened package. */
export class PackageGraph {
  private readonly relationships = new Map<string, PartRelationship[]>();
  private readonly present: PartNames;

  private constructor(private readonly source: PartSource) {
    this.present = new PartNames(source.names());
  }

  /** Opens the bytes of a package. */
  static async open(bytes: Uint8Array): Promise<PackageGraph> {
    return new PackageGraph(zipSource(await JSZip.loadAsync(bytes)));
  }

  /** A package held as its parts' text, by part name. */
  static ofParts(parts: ReadonlyMap<string, string>): PackageGraph {
    return new PackageGraph(textSource(parts));
  }

  /** The part names in the archive's order. */
  names(): string[] {
    return this.source.names();
  }

  /** True when the package holds part `name`, in any letter case. */
  has(name: string): boolean {
    return this.present.has(name);
  }

  /** The archive's name of part `name` (matched in any letter case), or undefined when the package lacks it. */
  partName(name: string): string | undefined {
    return this.present.resolve(name);
  }

  /** A part's text, or undefined when the package lacks it. */
  async text(name: string): Promise<string | undefined> {
    const found = this.present.resolve(name);
    return found === undefined ? undefined : this.source.text(found);
  }

  /** A part's bytes, or undefined when the package lacks it. */
  async bytes(name: string): Promise<Uint8Array | undefined> {
    const found = this.present.resolve(name);
    return found === undefined ? undefined : this.source.bytes(found);
  }

  /**
   * The relationships of `part` (`""` for the package's own), none when it has no relationships
   * part. A target the package holds is given by the archive's name of it.
   */
  async relationshipsOf(part: string): Promise<PartRelationship[]> {
    const relsPart = part === "" ? "_rels/.rels" : relationshipsPartOf(part);
    let found = this.relationships.get(relsPart);
    if (!found) {
      const text = await this.text(relsPart);
      found = text === undefined ? [] : parseRelationships(relsPart, text).map((r) => (r.target === undefined ? r : { ...r, target: this.partName(r.target) ?? r.target }));
      this.relationships.set(relsPart, found);
    }
    return found;
  }

  /**
   * The parts reached from the targets of `starts` through relationships, following none out of
   * a part in `stopAt` (the parts themselves are reached). Targets the package lacks are left out.
   */
  async reach(starts: readonly string[], stopAt: ReadonlySet<string> = new Set()): Promise<Set<string>> {
    const reached = new Set<string>();
    const queue = [...starts];
    while (queue.length > 0) {
      const part = queue.shift() as string;
      for (const { target } of await this.relationshipsOf(part)) {
        if (target === undefined || reached.has(target) || !this.has(target)) continue;
        reached.add(target);
        if (!stopAt.has(target)) queue.push(target);
      }
    }
    return reached;
  }
}
