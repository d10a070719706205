/**
 * A package opened for splicing: its parts' text on demand, each part's relationships, and
 * which parts are reachable from where.
 */
import JSZip from "jszip";
import type { PartRelationship } from "./relationships";
import { parseRelationships, relationshipsPartOf } from "./relationships";

/** An opened package. */
export class PackageGraph {
  private readonly relationships = new Map<string, PartRelationship[]>();

  private constructor(readonly zip: JSZip) {}

  /** Opens the bytes of a package. */
  static async open(bytes: Uint8Array): Promise<PackageGraph> {
    return new PackageGraph(await JSZip.loadAsync(bytes));
  }

  /** The part names in the archive's order. */
  names(): string[] {
    return Object.keys(this.zip.files).filter((name) => !this.zip.files[name].dir);
  }

  has(name: string): boolean {
    const file = this.zip.files[name];
    return file !== undefined && !file.dir;
  }

  /** A part's text, or undefined when the package lacks it. */
  async text(name: string): Promise<string | undefined> {
    return this.has(name) ? this.zip.files[name].async("string") : undefined;
  }

  /** A part's bytes, or undefined when the package lacks it. */
  async bytes(name: string): Promise<Uint8Array | undefined> {
    return this.has(name) ? this.zip.files[name].async("uint8array") : undefined;
  }

  /** The relationships of `part` (`""` for the package's own), none when it has no relationships part. */
  async relationshipsOf(part: string): Promise<PartRelationship[]> {
    const relsPart = part === "" ? "_rels/.rels" : relationshipsPartOf(part);
    let found = this.relationships.get(relsPart);
    if (!found) {
      const text = await this.text(relsPart);
      found = text === undefined ? [] : parseRelationships(relsPart, text);
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
