import { describe, expect, it } from 'vitest';
import { Simulation } from '../../sim/simulation';
import { testScenario } from '../../sim/test-scenario';
import type { SimulationSnapshot } from '../../sim/types';
import type { FrameSource } from '../engine/frame-source';
import { liveBucketMs, TimelineRecorder } from './timeline-recorder';

const scenario = testScenario({
  durationMs: 60_000,
  traffic: [{ source: 'api-gateway', pattern: 'poisson', ratePerSec: 5 }],
});

/** A frame source whose simulation the test advances and replaces by hand. */
class ManualSource implements FrameSource {
  simulation = new Simulation(scenario);
  private readonly listeners = new Set<(snapshot: SimulationSnapshot) => void>();

  getSnapshot(): SimulationSnapshot {
    return this.simulation.snapshot();
  }

  subscribe(listener: (snapshot: SimulationSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  moveTo(timeMs: number): void {
    if (timeMs < this.simulation.nowMs) {
      this.simulation.dispose();
      this.simulation = new Simulation(scenario);
    }
    this.simulation.advanceTo(timeMs);
    for (const listener of this.listeners) listener(this.getSnapshot());
  }
}

function recorderOn(source: ManualSource): TimelineRecorder {
  const recorder = new TimelineRecorder(source, () => ({ initialScenario: scenario, inputs: [] }));
  recorder.start();
  return recorder;
}

describe('liveBucketMs', () => {
  it('fits about 600 round buckets', () => {
    expect(liveBucketMs(30_000)).toBe(100);
    expect(liveBucketMs(120_000)).toBe(200);
    expect(liveBucketMs(86_400_000)).toBe(300_000);
  });
});

describe('TimelineRecorder', () => {
  it('records each frame', () => {
    const source = new ManualSource();
    const recorder = recorderOn(source);
    for (let timeMs = 1_000; timeMs <= 10_000; timeMs += 1_000) source.moveTo(timeMs);
    const data = recorder.getData();
    expect(data.endMs).toBe(10_000);
    expect(data.series.arrivals.reduce((sum, count) => sum + count, 0)).toBe(source.getSnapshot().metrics.arrivals);
  });

  it('rebuilds the history after a seek back', () => {
    const source = new ManualSource();
    const recorder = recorderOn(source);
    for (let timeMs = 1_000; timeMs <= 20_000; timeMs += 1_000) source.moveTo(timeMs);
    source.moveTo(8_000);
    const data = recorder.getData();
    expect(data.endMs).toBe(8_000);
    const arrivals = data.series.arrivals.reduce((sum, count) => sum + count, 0);
    expect(arrivals).toBe(source.getSnapshot().metrics.arrivals);
    expect(arrivals).toBeGreaterThan(0);
  });

  it('replays the history on a late start', () => {
    const source = new ManualSource();
    source.moveTo(15_000);
    const recorder = recorderOn(source);
    const data = recorder.getData();
    expect(data.endMs).toBe(15_000);
    expect(data.series.arrivals.reduce((sum, count) => sum + count, 0)).toBe(source.getSnapshot().metrics.arrivals);
    expect(data.length).toBe(15_000 / data.bucketMs);
  });

  it('starts over at time zero', () => {
    const source = new ManualSource();
    const recorder = recorderOn(source);
    source.moveTo(5_000);
    source.moveTo(0);
    expect(recorder.getData().length).toBe(1);
    expect(recorder.getData().endMs).toBe(0);
  });

  it('stops following on stop', () => {
    const source = new ManualSource();
    const recorder = recorderOn(source);
    const version = recorder.getVersion();
    recorder.stop();
    source.moveTo(1_000);
    expect(recorder.getVersion()).toBe(version);
  });
});
