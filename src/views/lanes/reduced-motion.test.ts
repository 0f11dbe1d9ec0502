import { describe, expect, it } from 'vitest';
import { createMarkerScratch, placeMarkers } from './draw-markers';
import type { FrameContext } from './frame-context';
import { InvocationTracker } from './invocation-tracker';
import { computeLaneLayout } from './lane-layout';
import { computeStageGeometry } from './stage-geometry';
import { environment, invocation, snapshot, spans } from './test-snapshots';

/** Builds a frame of an 800 x 400 view showing the first minute, at wall-clock `wallMs`. */
function frameAt(wallMs: number, reducedMotion: boolean): FrameContext {
  const geometry = computeStageGeometry(800, 400);
  return {
    ctx: null as unknown as CanvasRenderingContext2D,
    dpr: 1,
    geometry,
    layout: computeLaneLayout(1, geometry.lanesBottom - geometry.lanesTop),
    mapping: { startMs: 0, endMs: 60_000, left: geometry.plotLeft, pxPerMs: (geometry.plotRight - geometry.plotLeft) / 60_000 },
    nowMs: 1_000,
    wallMs,
    reducedMotion,
    fills: [],
    textScale: 1,
    timedOut: new Set(),
    selection: null,
  };
}

/** Builds one warm start on environment 1 and one throttle, both arriving in the frame just observed. */
function busyMoment() {
  const environments = [environment(1, spans(['invoking-warm', 900, Number.NaN, 2]))];
  const recent = [
    invocation(1, 'throttled', 'throttled', { arrivalMs: 900 }),
    invocation(2, 'warm', 'in-flight', { arrivalMs: 900, environmentId: 1, startMs: 900 }),
  ];
  const tracker = new InvocationTracker();
  tracker.observe(snapshot(0, []), 0);
  const moment = snapshot(1_000, environments, recent);
  tracker.observe(moment, 100);
  return { moment, tracker };
}

describe('markers under reduced motion', () => {
  it('fly without the preference', () => {
    const { moment, tracker } = busyMoment();
    const scratch = createMarkerScratch();
    placeMarkers(frameAt(150, false), moment, tracker, () => 100, scratch);
    expect(scratch.inFlight).toBeGreaterThan(0);
    expect(scratch.moving).toBe(true);
  });

  it('land at once with the preference', () => {
    const { moment, tracker } = busyMoment();
    const scratch = createMarkerScratch();
    placeMarkers(frameAt(150, true), moment, tracker, () => 100, scratch);
    expect(scratch.inFlight).toBe(0);
    expect(scratch.moving).toBe(false);
    expect(scratch.flying.count).toBe(0);
    expect(scratch.warmSettled.count).toBe(1);
  });
});
