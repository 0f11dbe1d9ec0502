/**
 * Records the live run into a Timeline for the charts, from the engine's frames. It may start at any
 * moment of a run: the history before it is rebuilt by replay, so the charts load only when opened.
 */
import { Timeline, type TimelineData } from '../../sim/timeline';
import type { Scenario, SimulationSnapshot } from '../../sim/types';
import type { FrameSource } from '../engine/frame-source';
import { advanceWithInputs, type RecordedInput } from '../share/run-timeline';
import { Simulation } from '../../sim/simulation';

/** Buckets the live timeline aims for over the scenario's length; merging halves them past twice that. */
const TARGET_BUCKETS = 600;

/** Round bucket lengths, so a chart's intervals read as whole units. */
const BUCKET_STEPS_MS = [100, 200, 500, 1_000, 2_000, 5_000, 10_000, 30_000, 60_000, 300_000, 600_000, 1_800_000, 3_600_000];

/** Returns the round bucket length that fits a run of `durationMs` into about 600 buckets. */
export function liveBucketMs(durationMs: number): number {
  const minimumMs = durationMs / TARGET_BUCKETS;
  return BUCKET_STEPS_MS.find((step) => step >= minimumMs) ?? BUCKET_STEPS_MS[BUCKET_STEPS_MS.length - 1];
}

/** The inputs of the live run, to rebuild its history after a seek back. */
export interface RunInputs {
  initialScenario: Scenario;
  inputs: readonly RecordedInput[];
}

/**
 * Follows a frame source and records each snapshot. When time goes back (a seek back), it rebuilds
 * the history up to the new moment by replaying the run's inputs headless. At time zero, for a new
 * run or a seek to the start, it starts over.
 */
export class TimelineRecorder {
  private timeline: Timeline;
  private cached: TimelineData | null = null;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly source: FrameSource,
    private readonly runInputs: () => RunInputs,
  ) {
    this.timeline = this.freshTimeline(source.getSnapshot().durationMs);
  }

  /** Starts recording, first replaying the run so far when it is past time zero; call `stop` to undo. */
  start(): void {
    if (this.unsubscribe) return;
    const snapshot = this.source.getSnapshot();
    if (snapshot.nowMs > 0) this.rebuild(snapshot);
    else this.record(snapshot);
    this.unsubscribe = this.source.subscribe((snapshot) => this.record(snapshot));
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Returns the recorded data; the same object until the next record. */
  getData = (): TimelineData => {
    this.cached ??= this.timeline.data();
    return this.cached;
  };

  /** Grows by one with every record, so a reader can tell when to read again. */
  getVersion = (): number => this.version;

  /** Calls `listener` after every record, which can be every frame; readers should throttle. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private record(snapshot: SimulationSnapshot): void {
    const data = this.cached ?? this.timeline.data();
    if (snapshot.nowMs === 0) {
      // A new run, or a seek to its start: begin again with buckets that fit its length.
      this.timeline = this.freshTimeline(snapshot.durationMs);
      this.timeline.record(snapshot);
    } else if (snapshot.nowMs < data.endMs) {
      this.rebuild(snapshot);
    } else {
      this.timeline.record(snapshot);
    }
    this.cached = null;
    this.version++;
    for (const listener of this.listeners) listener();
  }

  /** Replays the run up to `snapshot`, one bucket at a time, so the history matches the new moment. */
  private rebuild(snapshot: SimulationSnapshot): void {
    const timeline = this.freshTimeline(snapshot.durationMs);
    const { initialScenario, inputs } = this.runInputs();
    // recentLimit 1: the replay only needs the metrics, not the invocations the views list.
    const simulation = new Simulation(initialScenario, { recentLimit: 1 });
    let next = 0;
    timeline.record(simulation.snapshot());
    for (let timeMs = timeline.bucketMs; timeMs < snapshot.nowMs; timeMs += timeline.bucketMs) {
      next = advanceWithInputs(simulation, inputs, next, timeMs);
      timeline.record(simulation.snapshot());
    }
    simulation.dispose();
    timeline.record(snapshot);
    this.timeline = timeline;
  }

  private freshTimeline(durationMs: number): Timeline {
    return new Timeline({ bucketMs: liveBucketMs(durationMs), maxBuckets: 2 * TARGET_BUCKETS });
  }
}
