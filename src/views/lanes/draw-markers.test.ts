import { describe, expect, it } from 'vitest';
import type { SourceEventView } from '../../sim/types';
import { createMarkerScratch, placeMarkers } from './draw-markers';
import type { FrameContext } from './frame-context';
import { InvocationTracker } from './invocation-tracker';
import { computeLaneLayout } from './lane-layout';
import { computeStageGeometry } from './stage-geometry';
import { environment, invocation, snapshot, spans } from './test-snapshots';
import { timeToX, type TimeMapping } from './time-window';

/**
 * Builds a frame of an 800 x 400 view showing one minute from `startMs`. A tracker that never saw the
 * invocations treats their flights as long over, so the markers have settled.
 */
function frameFrom(startMs: number): FrameContext {
  const geometry = computeStageGeometry(800, 400);
  const mapping: TimeMapping = {
    startMs,
    endMs: startMs + 60_000,
    left: geometry.plotLeft,
    pxPerMs: (geometry.plotRight - geometry.plotLeft) / 60_000,
  };
  return {
    ctx: null as unknown as CanvasRenderingContext2D,
    dpr: 1,
    geometry,
    layout: computeLaneLayout(1, geometry.lanesBottom - geometry.lanesTop),
    mapping,
    nowMs: 50_000,
    wallMs: 100_000,
    reducedMotion: false,
    fills: [],
    textScale: 1,
    timedOut: new Set(),
    selection: null,
  };
}

/** Builds an API Gateway request that arrived at 0 ms, whose caller got `statusCode` at 29 s. */
function requestAnswered(statusCode: number) {
  const event = { id: 1, response: { statusCode, atMs: 29_000 } } as unknown as SourceEventView;
  const request = invocation(1, 'cold', 'in-flight', { arrivalMs: 0, environmentId: 1, startMs: 400, events: [event] });
  return snapshot(50_000, [environment(1, spans(['invoking-cold', 400, Number.NaN, 1]))], [request]);
}

describe('lane markers of API Gateway responses', () => {
  it('marks a 504 where the gateway gave up', () => {
    const frame = frameFrom(0);
    const scratch = createMarkerScratch();
    placeMarkers(frame, requestAnswered(504), new InvocationTracker(), () => 100, scratch);

    expect(scratch.gatewayTimeouts.count).toBe(1);
    expect(scratch.gatewayTimeouts.x(0)).toBeCloseTo(timeToX(frame.mapping, 29_000), 3);
    expect(scratch.coldSettled.count).toBe(1);
  });

  it('keeps the 504 after its arrival scrolled away', () => {
    const scratch = createMarkerScratch();
    placeMarkers(frameFrom(10_000), requestAnswered(504), new InvocationTracker(), () => 100, scratch);

    expect(scratch.gatewayTimeouts.count).toBe(1);
    expect(scratch.coldSettled.count).toBe(0);
  });

  it('leaves other responses unmarked', () => {
    const scratch = createMarkerScratch();
    placeMarkers(frameFrom(0), requestAnswered(502), new InvocationTracker(), () => 100, scratch);

    expect(scratch.gatewayTimeouts.count).toBe(0);
  });
});
