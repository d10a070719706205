/**
 * IDs are compared the way Excel's lookups compare text: trimmed and case-insensitively.
 * Keys are only ever used in Maps, so IDs such as `__proto__` or `constructor` are ordinary.
 */

/** The comparison key of an ID: trimmed and upper case (inner spaces count, as in Excel). */
export function idKey(id: string): string {
  return id.trim().toUpperCase();
}

/** The key of a composite (partner, initiative) pair. */
export function pairKey(partnerKey: string, initiativeKey: string): string {
  return `${partnerKey}\u0000${initiativeKey}`;
}
