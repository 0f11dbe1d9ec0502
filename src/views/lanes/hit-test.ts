import type { Selection } from '../../app/selection';
import type { InvocationView, SimulationSnapshot } from '../../sim/types';
import { describeSpan, sourceName } from './describe-environment';
import { rowAt, type LaneLayout } from './lane-layout';
import type { MarkerHits } from './marker-buffers';
import type { StageGeometry } from './stage-geometry';
import { formatSimTime } from './time-format';
import { xToTime, type TimeMapping } from './time-window';
import { spanIndexAt } from './visible-spans';

/** The thing under the pointer: the selection a click makes, and the tooltip text that names it. */
export interface PointerTarget {
  selection: Selection;
  text: string;
}

/** Pointer distance within which a marker counts as hit; a little more than its radius, for easy clicking. */
export const MARKER_HIT_RADIUS = 9;

/**
 * Finds what is under the point (`x`, `y`), in CSS pixels from the stage's top left: a marker first,
 * as markers are drawn on top, then a phase segment serving an invocation, then the lane itself.
 * The label gutter selects the lane, so a lane can be chosen wherever its segments are.
 */
export function targetAt(
  x: number,
  y: number,
  geometry: StageGeometry,
  layout: LaneLayout,
  mapping: TimeMapping,
  snapshot: SimulationSnapshot,
  hits: MarkerHits,
): PointerTarget | null {
  const markerId = hits.find(x, y, MARKER_HIT_RADIUS);
  if (markerId >= 0) {
    return { selection: { kind: 'invocation', id: markerId }, text: describeMarker(snapshot.recentInvocations, markerId) };
  }

  if (x < geometry.wallX || x > geometry.plotRight) return null;
  const environments = snapshot.environments;
  const row = rowAt(layout, environments.length, y - geometry.lanesTop);
  if (row < 0) return null;

  const environment = environments[row];
  const laneTarget: PointerTarget = {
    selection: { kind: 'environment', id: environment.id },
    text: `env ${environment.id}`,
  };
  if (x < geometry.plotLeft) return laneTarget;

  const index = spanIndexAt(environment.history, xToTime(mapping, x), snapshot.nowMs);
  if (index < 0) return laneTarget;
  const span = environment.history[index];
  const text = describeSpan(environment.id, span, snapshot.nowMs);
  // A density row is too thin to aim at one segment, so a click there selects the environment.
  if (span.invocationId !== null && layout.mode === 'lanes') {
    return { selection: { kind: 'invocation', id: span.invocationId }, text };
  }
  return { selection: laneTarget.selection, text };
}

/** Names a marker's invocation, or just its id once it has left the snapshot. */
function describeMarker(recent: readonly InvocationView[], id: number): string {
  const invocation = recent.find((candidate) => candidate.id === id);
  if (!invocation) return `invocation ${id}`;
  const start = invocation.start === 'throttled' ? 'throttled' : `${invocation.start} start`;
  return `invocation ${id} · ${start} · ${sourceName(invocation.source)} · arrived ${formatSimTime(invocation.arrivalMs, 1)}`;
}
