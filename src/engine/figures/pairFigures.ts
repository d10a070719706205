/**
 * Figures of partners restricted to an initiative, made when asked. A large plan has thousands
 * of partner x initiative pairs and a view or a formula asks for a few, so the pairs keep
 * their sums where the aggregation left them (one typed array) instead of a Figures record
 * each: at the SPEC size that is 7,600 pairs, and some 8 MB less held per analysis.
 */
import type { Figures, GroupKind } from "./figures";
import { emptySums, INITIATIVE_KIND, toFigures } from "./figures";
import type { Initiative, Partner } from "../../model/plan";
import { NOWHERE } from "../link/rowLookup";
import { RowLookup } from "../link/rowLookup";
import type { GroupLayer } from "./groupTable";
import { TableLayer } from "./groupTable";

/** The figures of every partner x initiative pair of one analysis. */
export class PairFigures {
  constructor(
    private readonly table: GroupLayer,
    private readonly partners: RowLookup<Partner>,
    private readonly initiatives: RowLookup<Initiative>,
    private readonly kind: GroupKind = INITIATIVE_KIND,
  ) {}

  /**
   * A structured clone of pairs made pairs again, with what they point at. Its lookups are the
   * links' own when both were cloned in one message, so reviving them twice is harmless.
   */
  static revived(copy: PairFigures): PairFigures {
    Object.setPrototypeOf(copy, PairFigures.prototype);
    TableLayer.revived(copy.table);
    RowLookup.revived(copy.partners);
    RowLookup.revived(copy.initiatives);
    return copy;
  }

  /** The same pairs with figures of another kind (a month's pairs have no forecast). */
  withKind(kind: GroupKind): PairFigures {
    return new PairFigures(this.table, this.partners, this.initiatives, kind);
  }

  /**
   * The figures of a partner (of the Partners table) restricted to an initiative, by their ID
   * keys: all zero when nothing links them or either key is unknown.
   */
  get(partnerKey: string, initiativeKey: string): Figures {
    const partner = this.partners.positionOfKey(partnerKey);
    const initiative = this.initiatives.positionOfKey(initiativeKey);
    const sums = partner === NOWHERE || initiative === NOWHERE ? undefined : this.table.pairSums(partner, initiative);
    return toFigures(sums ?? emptySums(), this.kind);
  }
}
