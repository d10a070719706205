/**
 * The table the sums are added up in (see aggregate.ts): one block of numbers per group —
 * the total, each partner, initiative, tactic type and partner x initiative pair — in one
 * typed array.
 */
import type { Sums } from "./figures";
import { NOWHERE } from "../link/links";
import { NO_CODE } from "../store/activityColumns";

/** Where each metric sits in a group's block of the sums array. */
export enum Metric {
  Budget,
  Requested,
  Authorized,
  Aligned,
  Spend,
  Paid,
  Revenue,
  Pipeline,
  Opportunities,
  Leads,
  Deals,
  Forecast,
  OverdueClaims,
  UnclaimedAfterWindow,
  ApprovedTactics,
  ClaimedTactics,
  BudgetsSet,
  BudgetLeft,
  Pending,
  Open0To30,
  Open31To60,
  Open61To90,
  OpenOver90,
}
const METRICS = Metric.OpenOver90 + 1;

/** The most partner x initiative slots given an array of group numbers (else a Map). */
const MAX_PAIR_ARRAY = 1 << 20;

/** The sums of one layer of a `GroupTable`: the whole plan, or one period. */
export interface GroupLayer {
  /** The sums of the total. */
  total(): Sums;
  /** The sums of a partner by position. */
  partner(position: number): Sums;
  /** The sums of an initiative by position. */
  initiative(position: number): Sums;
  /** The sums of a partner restricted to an initiative (by position), or undefined when no row used the pair. */
  pairSums(partner: number, initiative: number): Sums | undefined;
}

/**
 * The sums while rows are added: one block of METRICS numbers per group in one typed array.
 * The groups come in layers: layer 0 is the whole plan, and layer k + 1 period k (SPEC section
 * 9). Each layer has a total, each partner and initiative by position, and each partner x
 * initiative pair that rows use, numbered on first use; tactic types are the whole plan's only.
 * A row selects its groups once and adds each amount to them: to its pair (or, without an
 * initiative, to its partner) in its period's layer, or in the whole plan's when it has no
 * period, and to its tactic type. Everything else is summed once, by `settle`, rather than per
 * row: each period's blocks into the whole plan's, then each layer's pairs into its partners and
 * initiatives and its partners into its total. So a row touches two blocks, with or without
 * periods, instead of five or more. (Every amount is whole cents or a count, and sums are exact
 * up to 2^53, some 90 trillion in currency units, so the order of the additions cannot change
 * them; past that no order is exact.)
 */
export class GroupTable {
  private sums: Float64Array;
  private groups: number;
  /** Blocks of one layer: its total, its partners, its initiatives. */
  private readonly layerSize: number;
  private readonly typeBase: number;
  /** Pair slots of one layer (`partners * initiatives`). */
  private readonly layerSlots: number;
  /** Group of each pair slot (`(layer * partners + p) * initiatives + i`), 0 while unused; a Map for huge plans. */
  private readonly pairGroups: Int32Array | Map<number, number>;
  /** Pair slots in the order first used. */
  private readonly pairOrder: number[] = [];
  /** Tactic type codes that rows used. */
  readonly typesUsed: Uint8Array;
  /** Block offsets of the groups `select` chose, in `selected[0..count)`. */
  private readonly selected = new Int32Array(3);
  private settled = false;

  /**
   * `expectedPairs`: about how many pair groups rows will use over all layers (room is made up
   * front); `periods`: how many period layers follow the whole plan's.
   */
  constructor(
    private readonly partnerCount: number,
    private readonly initiativeCount: number,
    typeCount: number,
    expectedPairs: number,
    periods = 0,
  ) {
    this.layerSize = 1 + partnerCount + initiativeCount;
    this.typeBase = this.layerSize * (periods + 1);
    this.groups = this.typeBase + typeCount;
    this.typesUsed = new Uint8Array(typeCount);
    this.sums = new Float64Array((this.groups + expectedPairs) * METRICS);
    this.layerSlots = partnerCount * initiativeCount;
    const slots = this.layerSlots * (periods + 1);
    this.pairGroups = slots <= MAX_PAIR_ARRAY ? new Int32Array(slots) : new Map();
  }

  /**
   * Selects the groups a row counts in: partner, initiative and type by position (NOWHERE or
   * NO_CODE for none), and the row's period (-1 for none: the row counts in the whole plan
   * only). Returns how many groups were selected, for `add`.
   */
  select(partner: number, initiative: number, type: number, period: number): number {
    const selected = this.selected;
    const layer = period + 1;
    const base = layer * this.layerSize;
    let count = 0;
    if (partner !== NOWHERE) {
      selected[count++] = (initiative === NOWHERE ? base + 1 + partner : this.pairGroup(layer * this.layerSlots + partner * this.initiativeCount + initiative)) * METRICS;
    } else {
      // No partner: nothing to settle from, so the total and the initiative take the row directly.
      selected[count++] = base * METRICS;
      if (initiative !== NOWHERE) selected[count++] = (base + 1 + this.partnerCount + initiative) * METRICS;
    }
    if (type !== NO_CODE) {
      selected[count++] = (this.typeBase + type) * METRICS;
      this.typesUsed[type] = 1;
    }
    return count;
  }

  /** Adds `amount` to a metric of the `count` groups selected last. */
  add(count: number, metric: Metric, amount: number): void {
    for (let k = 0; k < count; k++) this.sums[this.selected[k] + metric] += amount;
  }

  /**
   * Adds each period's blocks into the whole plan's, each pair into its layer's partner and
   * initiative, and each partner into its layer's total. Called once, after the last row and
   * before the first sums are read.
   */
  private settle(): void {
    if (this.settled) return;
    this.settled = true;
    this.addPeriodsToWholePlan();
    // The analysis keeps the table for the pairs' figures: give back the room rows did not use.
    const used = this.groups * METRICS;
    if (this.sums.length > used * 1.1) this.sums = this.sums.slice(0, used);
    const s = this.sums;
    const partners = this.partnerCount;
    for (const slot of this.pairOrder) {
      const pair = this.pairGroupOf(slot) * METRICS;
      const layer = Math.floor(slot / this.layerSlots);
      const inLayer = slot - layer * this.layerSlots;
      const base = layer * this.layerSize;
      const partner = (base + 1 + Math.floor(inLayer / this.initiativeCount)) * METRICS;
      const initiative = (base + 1 + partners + (inLayer % this.initiativeCount)) * METRICS;
      for (let m = 0; m < METRICS; m++) {
        s[partner + m] += s[pair + m];
        s[initiative + m] += s[pair + m];
      }
    }
    for (let base = 0; base < this.typeBase; base += this.layerSize) {
      const total = base * METRICS;
      for (let p = base + 1; p <= base + partners; p++) for (let m = 0; m < METRICS; m++) s[total + m] += s[p * METRICS + m];
    }
  }

  /**
   * Adds what rows put in the period layers into the whole plan's layer: the blocks rows add to
   * directly (partners without an initiative, totals and initiatives without a partner) before
   * any pair is settled into them, and each period's pairs into the whole plan's same pair.
   */
  private addPeriodsToWholePlan(): void {
    for (let base = this.layerSize; base < this.typeBase; base += this.layerSize) {
      for (let b = 0; b < this.layerSize; b++) this.addBlock(base + b, b);
    }
    const periodPairs = this.pairOrder.filter((slot) => slot >= this.layerSlots);
    for (const slot of periodPairs) this.addBlock(this.pairGroupOf(slot), this.pairGroup(slot % this.layerSlots));
  }

  /** Adds the sums of group `from` into group `to`. */
  private addBlock(from: number, to: number): void {
    const s = this.sums;
    const source = from * METRICS;
    const target = to * METRICS;
    for (let m = 0; m < METRICS; m++) s[target + m] += s[source + m];
  }

  /** The whole plan's sums (layer 0), or period k's (layer k + 1). */
  layer(index: number): GroupLayer {
    return new TableLayer(this, index);
  }

  /** The sums of layer `index`'s total, or of a partner or an initiative of it by position. */
  layerSums(index: number, group: "total" | "partner" | "initiative", position = 0): Sums {
    const base = index * this.layerSize;
    if (group === "total") return this.sumsOf(base);
    return this.sumsOf(base + 1 + (group === "partner" ? 0 : this.partnerCount) + position);
  }

  /** The sums of a pair of layer `index` (by positions), or undefined when no row used it. */
  layerPairSums(index: number, partner: number, initiative: number): Sums | undefined {
    this.settle();
    const group = this.pairGroupOf(index * this.layerSlots + partner * this.initiativeCount + initiative);
    return group === 0 ? undefined : this.sumsOf(group);
  }

  /** A structured clone of a table made a table again. */
  static revived(copy: GroupTable): GroupTable {
    return Object.setPrototypeOf(copy, GroupTable.prototype) as GroupTable;
  }

  /** The sums of a tactic type by code (the whole plan's). */
  type(code: number): Sums {
    return this.sumsOf(this.typeBase + code);
  }

  /** The group of a pair slot, 0 while unused. */
  private pairGroupOf(slot: number): number {
    const groups = this.pairGroups;
    return groups instanceof Map ? (groups.get(slot) ?? 0) : groups[slot];
  }

  private pairGroup(slot: number): number {
    const known = this.pairGroupOf(slot);
    return known !== 0 ? known : this.newPair(slot);
  }

  private newPair(slot: number): number {
    const group = this.groups++;
    if ((group + 1) * METRICS > this.sums.length) {
      const grown = new Float64Array(Math.ceil(this.sums.length * 1.5));
      grown.set(this.sums);
      this.sums = grown;
    }
    if (this.pairGroups instanceof Map) this.pairGroups.set(slot, group);
    else this.pairGroups[slot] = group;
    this.pairOrder.push(slot);
    return group;
  }

  private sumsOf(group: number): Sums {
    this.settle();
    const s = this.sums;
    const at = group * METRICS;
    return {
      budget: s[at + Metric.Budget],
      requested: s[at + Metric.Requested],
      authorized: s[at + Metric.Authorized],
      aligned: s[at + Metric.Aligned],
      spend: s[at + Metric.Spend],
      paid: s[at + Metric.Paid],
      revenue: s[at + Metric.Revenue],
      pipeline: s[at + Metric.Pipeline],
      opportunities: s[at + Metric.Opportunities],
      leads: s[at + Metric.Leads],
      deals: s[at + Metric.Deals],
      forecast: s[at + Metric.Forecast],
      overdueClaims: s[at + Metric.OverdueClaims],
      unclaimedAfterWindow: s[at + Metric.UnclaimedAfterWindow],
      approvedTactics: s[at + Metric.ApprovedTactics],
      claimedTactics: s[at + Metric.ClaimedTactics],
      budgetsSet: s[at + Metric.BudgetsSet],
      budgetLeft: s[at + Metric.BudgetLeft],
      pending: s[at + Metric.Pending],
      open0To30: s[at + Metric.Open0To30],
      open31To60: s[at + Metric.Open31To60],
      open61To90: s[at + Metric.Open61To90],
      openOver90: s[at + Metric.OpenOver90],
    };
  }
}

/** One layer of a table: a class rather than closures, so that a structured clone of it can be revived. */
export class TableLayer implements GroupLayer {
  constructor(
    private readonly table: GroupTable,
    private readonly index: number,
  ) {}

  /** A structured clone of a layer made a layer again, with its table. */
  static revived(copy: GroupLayer): GroupLayer {
    Object.setPrototypeOf(copy, TableLayer.prototype);
    GroupTable.revived((copy as TableLayer).table);
    return copy;
  }

  total(): Sums {
    return this.table.layerSums(this.index, "total");
  }

  partner(position: number): Sums {
    return this.table.layerSums(this.index, "partner", position);
  }

  initiative(position: number): Sums {
    return this.table.layerSums(this.index, "initiative", position);
  }

  pairSums(partner: number, initiative: number): Sums | undefined {
    return this.table.layerPairSums(this.index, partner, initiative);
  }
}
