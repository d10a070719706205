/**
 * A pack cell the merge refuses rather than writes, and why: what the pack's cell reader
 * (packConventions.ts) gives for text the plan would count as an amount the partner may not have
 * meant. Its own module, as both the reader and the row comparison use it.
 */
export class PackCellRefusal {
  constructor(readonly reason: string) {}
}
