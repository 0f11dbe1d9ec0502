/**
 * Long runs computed ahead of playback: a Simulation advanced slice by slice, with progress, a way to
 * stop early, and a timeline of the run for the charts. The same code runs in Node and in a worker.
 */
import { Simulation } from './simulation';
import { Timeline, type TimelineData } from './timeline';
import type { Report, Scenario } from './types';

/** Bucket lengths the default timeline picks from, so chart axes fall on round times. */
const NICE_BUCKETS_MS = [1_000, 5_000, 10_000, 30_000, 60_000, 300_000, 600_000, 1_800_000, 3_600_000];

/** Buckets a default timeline aims for: a day in minutes. */
const TARGET_BUCKETS = 1_440;

/** Options of `fastForward`, all optional. */
export interface FastForwardOptions {
  /** Simulated time to stop at, from 0 to the scenario's `durationMs` (the default). Larger values are clamped. */
  untilMs?: number;
  /** Simulated time between two snapshots (default: the timeline's bucket length). */
  sliceMs?: number;
  /** Called after each slice with the share of the run done, from 0 to 1, never decreasing. */
  onProgress?: (fraction: number) => void;
  /** Checked before each slice. Returning true stops the run there. */
  isCancelled?: () => boolean;
  /** Timeline that receives the snapshots (default: one from `defaultTimeline`). */
  timeline?: Timeline;
}

/** Result of a fast-forward run. */
export interface FastForwardResult {
  /** The report of the run up to where it stopped. */
  report: Report;
  timeline: TimelineData;
  /** True when `isCancelled` stopped the run before `untilMs`. */
  cancelled: boolean;
  /** Simulated time the run reached. */
  reachedMs: number;
}

/** Creates a timeline whose round bucket length fits a run of `untilMs` into about 1,440 buckets. */
export function defaultTimeline(untilMs: number): Timeline {
  const wanted = untilMs / TARGET_BUCKETS;
  const bucketMs = NICE_BUCKETS_MS.find((length) => length >= wanted) ?? NICE_BUCKETS_MS[NICE_BUCKETS_MS.length - 1];
  return new Timeline({ bucketMs, maxBuckets: 2 * TARGET_BUCKETS });
}

/**
 * A fast-forward run that the caller drives one slice at a time. `fastForward` drives it in a loop,
 * and the worker drives it too but yields between slices so a cancel message can arrive.
 */
export class FastForwardRun {
  readonly untilMs: number;
  readonly sliceMs: number;
  private readonly simulation: Simulation;
  private readonly timeline: Timeline;
  /** Number of slices the whole run takes. */
  readonly sliceCount: number;
  private slicesDone = 0;

  /** Throws a RangeError when `sliceMs` is given and is not a finite number above 0. */
  constructor(scenario: Scenario, options: Pick<FastForwardOptions, 'untilMs' | 'sliceMs' | 'timeline'> = {}) {
    this.untilMs = Math.min(Math.max(0, options.untilMs ?? scenario.durationMs), scenario.durationMs);
    this.timeline = options.timeline ?? defaultTimeline(this.untilMs);
    this.sliceMs = options.sliceMs ?? this.timeline.bucketMs;
    if (!(this.sliceMs > 0) || !Number.isFinite(this.sliceMs)) {
      throw new RangeError(`sliceMs must be a finite number above 0, got ${this.sliceMs}.`);
    }

    this.sliceCount = Math.max(1, Math.ceil(this.untilMs / this.sliceMs));
    // The same options as runScenario, so the report matches it: no per-event records, no recent list.
    this.simulation = new Simulation(scenario, { recordLimit: 0, recentLimit: 1 });
    this.timeline.record(this.simulation.snapshot());
  }

  /** Share of the run done, from 0 to 1. */
  get fraction(): number {
    return this.slicesDone / this.sliceCount;
  }

  /** True when the run has reached `untilMs`. */
  get done(): boolean {
    return this.slicesDone >= this.sliceCount;
  }

  /** Advances one slice and records it. Returns false when the run was already done. */
  step(): boolean {
    if (this.done) return false;

    this.slicesDone++;
    // The last slice lands exactly on untilMs, whatever rounding the earlier ones had.
    const targetMs = this.done ? this.untilMs : this.slicesDone * this.sliceMs;
    this.simulation.advanceTo(targetMs);
    this.timeline.record(this.simulation.snapshot());
    return true;
  }

  /** Builds the result and releases the simulation; call it once, after the last step. */
  finish(cancelled: boolean): FastForwardResult {
    const result: FastForwardResult = {
      report: this.simulation.report(),
      timeline: this.timeline.data(),
      cancelled,
      reachedMs: this.simulation.nowMs,
    };
    this.simulation.dispose();
    return result;
  }
}

/**
 * Runs `scenario` up to `untilMs` in slices of `sliceMs`, recording a snapshot after each slice. The
 * report equals `runScenario`'s for the same scenario when the run is not cancelled. Runs synchronously:
 * in a browser, call it from a worker.
 */
export function fastForward(scenario: Scenario, options: FastForwardOptions = {}): FastForwardResult {
  const run = new FastForwardRun(scenario, options);

  while (!run.done) {
    if (options.isCancelled?.()) return run.finish(true);
    run.step();
    options.onProgress?.(run.fraction);
  }
  return run.finish(false);
}
