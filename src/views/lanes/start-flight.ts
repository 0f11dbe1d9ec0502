import type { InvocationView, SimulationSnapshot } from '../../sim/types';
import type { EventChange } from './event-changes';
import type { EventFlights } from './event-flights';
import type { FrameContext } from './frame-context';
import { rowOfEnvironment } from './lane-rows';
import { LANES_STRINGS } from './lanes-strings';
import type { SourceLayout } from './source-layout';
import { trayBand } from './stage-geometry';
import { timeToX } from './time-window';

/** How far left of the source column's right edge a returning marker lands, on its box. */
const BOX_INSET_PX = 24;

/**
 * Starts the flight that shows a change of a source event, from where the event is to where it goes:
 * an error answer or a retry flies from the lane that ran it back to its source box, and an event the
 * source gave up on drops from its source box into the dead-letter or the lost tray.
 */
export function startFlight(
  frame: FrameContext,
  snapshot: SimulationSnapshot,
  layout: SourceLayout,
  change: EventChange,
  flights: EventFlights,
): void {
  const { geometry } = frame;
  const box = layout.boxes[change.sourceIndex];
  if (box === undefined) return;
  const boxX = geometry.sourceRight - BOX_INSET_PX;
  const { event, kind } = change;
  const base = { kind, source: event.source, startMs: frame.wallMs, attempt: 1 };
  const words = LANES_STRINGS.flights;

  if (kind === 'reply' || kind === 'requeue') {
    const from = laneSpot(frame, snapshot, event.lastInvocationId) ?? { x: geometry.wallX - 10, y: box.anchorY };
    const label = kind === 'reply' ? String(event.response?.statusCode ?? '') : event.source === 'sqs' ? words.visibleAgain : words.retry;
    flights.start({ ...base, fromX: from.x, fromY: from.y, toX: boxX, toY: box.anchorY, label });
    return;
  }

  const band = trayBand(geometry, kind === 'lost' ? 2 : 1);
  const label = kind === 'lost' ? words.lost : kind === 'destination' ? words.destination : words.deadLetter;
  flights.start({ ...base, fromX: boxX, fromY: box.anchorY, toX: geometry.sourceX, toY: band.bottom - 14, label });
}

/** Returns where the invocation sits on its lane now, or null when it ran on no lane (a throttle) or is gone. */
function laneSpot(frame: FrameContext, snapshot: SimulationSnapshot, invocationId: number | null): { x: number; y: number } | null {
  if (invocationId === null || frame.layout.mode !== 'lanes') return null;
  const invocation = findInvocation(snapshot.recentInvocations, invocationId);
  if (invocation?.environmentId == null) return null;
  const row = rowOfEnvironment(snapshot.environments, invocation.environmentId);
  if (row < 0) return null;
  const { geometry, mapping, layout } = frame;
  const x = Math.min(geometry.plotRight, Math.max(geometry.plotLeft, timeToX(mapping, snapshot.nowMs)));
  return { x, y: geometry.lanesTop + (row + 0.5) * layout.pitch };
}

/** Binary search by id; recent invocations are kept in ascending id order. */
function findInvocation(recent: readonly InvocationView[], id: number): InvocationView | undefined {
  let low = 0;
  let high = recent.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const candidate = recent[middle];
    if (candidate.id === id) return candidate;
    if (candidate.id < id) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}
