/**
 * The partners (and initiatives) a tracker names, one plan row each however many activity rows
 * name them and however they are spelt: by their ID when the tracker has an ID column, else by
 * name with case, spaces and punctuation ignored ("Contoso Ltd", "CONTOSO LTD." and " Contoso
 * Ltd" are one partner). A party the plan already has keeps its ID and its row; a new one gets
 * the tracker's ID or the next free one of the table's numbering. A company's legal form at the
 * end of its name ("Fabrikam, Inc.", "Contoso GmbH") does not make another partner either, but
 * such names taken as one are listed (`merged`), since two firms could differ by it alone.
 * A name typed in the ID column ("Contoso Ltd" where the other rows say CON-01) is taken as the
 * party of that name when one is known by then, and listed (`namesAsIds`); an ID holding a space
 * that names no one is kept as the ID it is, and listed too (`spacedIds`).
 */
import { idKey } from "../../../model/ids";
import type { TableName } from "../../../model/schema";
import { DEFAULT_ID_PREFIX, generateIds } from "../generateIds";
import { nameKey, partyKey } from "./existingPlan";

/** A party the import names. */
export interface Party {
  readonly id: string;
  readonly name: string;
  /** True when the plan had it before the import. */
  readonly known: boolean;
}

/** What the plan already knows of one kind of party. */
export interface KnownParties {
  readonly byName: ReadonlyMap<string, string>;
  readonly byId: ReadonlyMap<string, string>;
  readonly ids: readonly string[];
}

/** The parties of one table as the tracker's rows name them. */
export class Parties {
  private readonly byKey = new Map<string, Party>();
  private readonly byName = new Map<string, Party>();
  /** Spellings taken as a party first named otherwise (other than by case, spaces and punctuation). */
  readonly merged: { readonly name: string; readonly as: string }[] = [];
  /** ID cells that held a known party's name, and the party taken. */
  readonly namesAsIds: { readonly text: string; readonly as: Party }[] = [];
  /** IDs holding a space (names, by the look of them) kept as new IDs. */
  readonly spacedIds: string[] = [];
  private readonly spellings = new Map<Party, Set<string>>();
  /** The ID each name is given on a row holding both (`learnNames`), by the name's key. */
  private readonly idOfName = new Map<string, string>();
  /** Names (keys) that stand for no one ID: an ID cell holding one is kept as the ID it is. */
  private readonly ambiguousNames = new Set<string>();
  private readonly fresh: string[];
  private nextFresh = 0;

  constructor(
    private readonly table: TableName,
    private readonly known: KnownParties,
    /** At most this many parties will be made (the activity rows): IDs are set aside for them. */
    capacity: number,
  ) {
    this.fresh = generateIds(known.ids, capacity, DEFAULT_ID_PREFIX[table]);
  }

  /**
   * Learns, before any row is resolved, which ID each name goes with on rows holding both
   * (`[id, name]` pairs), so an ID cell holding a name finds its partner whichever row comes first.
   */
  learnNames(rows: readonly (readonly [string, string])[]): void {
    const ambiguous = new Set<string>();
    for (const [id, name] of rows) {
      if (id === "" || name === "") continue;
      const key = partyKey(name);
      const known = this.idOfName.get(key);
      if (known === undefined) this.idOfName.set(key, id);
      else if (idKey(known) !== idKey(id)) ambiguous.add(key);
    }
    // A name two IDs share stands for neither; nor does one that is also the ID of a row naming
    // another partner (NORTHWIND, "Northwind Traders EU", beside NWT, "Northwind").
    for (const [id, name] of rows) {
      const key = partyKey(id);
      if (id === "" || name === "" || partyKey(name) === key) continue;
      const known = this.idOfName.get(key);
      if (known !== undefined && idKey(known) !== idKey(id)) ambiguous.add(key);
    }
    for (const key of ambiguous) {
      this.idOfName.delete(key);
      this.ambiguousNames.add(key);
    }
  }

  /** The party a row names by `id` text and `name` text (either may be ""); undefined for neither. */
  resolve(id: string, name: string): Party | undefined {
    const party = this.find(id, name);
    if (party && name !== "") {
      let seen = this.spellings.get(party);
      if (!seen) this.spellings.set(party, (seen = new Set([nameKey(party.name)])));
      if (!seen.has(nameKey(name))) {
        seen.add(nameKey(name));
        this.merged.push({ name, as: party.name });
      }
    }
    return party;
  }

  private find(id: string, name: string): Party | undefined {
    const byName = name === "" ? undefined : partyKey(name);
    let party: Party | undefined;
    if (id !== "") {
      party = this.byKey.get(idKey(id));
      if (!party) {
        const planId = this.known.byId.get(idKey(id));
        // An ID cell read as a name only where the row's own name is blank or the same name.
        const named = planId === undefined && (byName === undefined || byName === partyKey(id)) ? this.namedBy(id) : undefined;
        if (named) this.namesAsIds.push({ text: id, as: named });
        else if (planId === undefined && /\s/.test(id)) this.spacedIds.push(id);
        party = named ?? { id: planId ?? id, name: name || id, known: planId !== undefined };
        this.byKey.set(idKey(id), party);
        if (byName && !this.byName.has(byName)) this.byName.set(byName, party);
      }
    } else if (byName) {
      party = this.byName.get(byName);
      if (!party) {
        const planId = this.known.byName.get(byName);
        const known = planId !== undefined ? this.byKey.get(idKey(planId)) : undefined;
        party = known ?? { id: planId ?? this.freshId(), name, known: planId !== undefined };
        this.byName.set(byName, party);
        this.byKey.set(idKey(party.id), party);
      }
    }
    return party;
  }

  /** The party already named (or known to the plan, or given an ID on another row) by this name, if any. */
  private namedBy(text: string): Party | undefined {
    const key = partyKey(text);
    if (this.ambiguousNames.has(key)) return undefined;
    const named = this.byName.get(key);
    if (named) return named;
    const id = this.known.byName.get(key) ?? this.idOfName.get(key);
    return id === undefined || idKey(id) === idKey(text) ? undefined : this.find(id, text);
  }

  /** What the review lists of how partners were told apart: spellings taken as one, names in the ID column, IDs that look like names. */
  remarks(): string[] {
    return [
      ...this.merged.map(({ name, as }) => `Partner "${name}" taken as the same partner as "${as}"`),
      ...this.namesAsIds.map(({ text, as }) => `Partner ID "${text}" is the name of partner ${as.id}: taken as that partner`),
      ...this.spacedIds.map((id) => `Partner ID "${id}" looks like a name: kept as the partner's ID; give the partner an ID of its own in the plan if it has one`),
    ];
  }

  /** Every party named, in the order first named. */
  all(): Party[] {
    return [...new Set(this.byKey.values())];
  }

  private freshId(): string {
    // A tracker may mix its own IDs with rows that have none: skip any of its IDs already named.
    for (;;) {
      if (this.nextFresh >= this.fresh.length) this.fresh.push(...generateIds([...this.known.ids, ...this.fresh], this.fresh.length + 1, DEFAULT_ID_PREFIX[this.table]));
      const id = this.fresh[this.nextFresh++];
      if (!this.byKey.has(idKey(id))) return id;
    }
  }
}
