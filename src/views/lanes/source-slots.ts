import { SOURCE_KINDS, type InvocationView, type SourceKind } from '../../sim/types';

const SOURCE_BIT: Record<SourceKind, number> = Object.fromEntries(
  SOURCE_KINDS.map((kind, index) => [kind, 1 << index]),
) as Record<SourceKind, number>;

/** Returns a bit mask of the source kinds among `invocations`, bit i for `SOURCE_KINDS[i]`. */
export function sourceMask(invocations: readonly InvocationView[]): number {
  let mask = 0;
  for (let i = 0; i < invocations.length; i++) mask |= SOURCE_BIT[invocations[i].source];
  return mask;
}

/** Returns how many kinds the mask holds. */
export function slotCount(mask: number): number {
  let count = 0;
  for (let bits = mask; bits !== 0; bits &= bits - 1) count++;
  return count;
}

/** Returns the slot of `source` in the source column: its rank among the kinds present, or -1. */
export function slotOf(mask: number, source: SourceKind): number {
  const bit = SOURCE_BIT[source];
  if ((mask & bit) === 0) return -1;
  return slotCount(mask & (bit - 1));
}

/** Lists the kinds in the mask in slot order. Allocates, so call it only when the mask changes. */
export function sourcesIn(mask: number): SourceKind[] {
  return SOURCE_KINDS.filter((kind) => (mask & SOURCE_BIT[kind]) !== 0);
}
