/**
 * Part names as the package format compares them: without regard to letter case (ISO/IEC 29500-2
 * 6.2.2.3, ASCII case-insensitive). A relationship may name `../drawings/Drawing1.xml` for the
 * entry `xl/drawings/drawing1.xml`; Excel opens such a file and shows the drawing, so whoever
 * follows relationships (the splicing save, the check of what a save would drop) finds the entry
 * through this index rather than by exact name.
 */

/** `name` with ASCII letters in lower case. */
function folded(name: string): string {
  return name.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** The part names of one archive, found whatever the case they are asked for in. */
export class PartNames {
  private readonly exact: ReadonlySet<string>;
  private readonly byFolded = new Map<string, string>();

  constructor(names: Iterable<string>) {
    this.exact = new Set(names);
    // Two entries that differ only in case make an invalid package; the first one answers.
    for (const name of this.exact) if (!this.byFolded.has(folded(name))) this.byFolded.set(folded(name), name);
  }

  /** The archive's name of part `name` (the same name when it is there as asked), or undefined when the archive lacks it. */
  resolve(name: string): string | undefined {
    return this.exact.has(name) ? name : this.byFolded.get(folded(name));
  }

  /** True when the archive holds part `name`, in any case. */
  has(name: string): boolean {
    return this.resolve(name) !== undefined;
  }
}
