/**
 * Two simulations of two scenarios advanced in lockstep to the same moment, each with its own
 * timeline, and each exposed as a FrameSource so the lanes can draw it.
 */
import { Simulation } from '../../../sim/simulation';
import { Timeline, type TimelineData } from '../../../sim/timeline';
import type { Scenario, SimulationSnapshot } from '../../../sim/types';
import type { FrameSource } from '../../engine/frame-source';
import { liveBucketMs } from '../timeline-recorder';

type Listener = (snapshot: SimulationSnapshot) => void;

/** One side of a comparison: a simulation, its timeline and the views that follow it. */
export class CompareSide implements FrameSource {
  private simulation: Simulation;
  private timeline: Timeline;
  private readonly listeners = new Set<Listener>();

  constructor(private scenarioValue: Scenario) {
    this.simulation = new Simulation(scenarioValue);
    this.timeline = CompareSide.timelineFor(scenarioValue);
    this.timeline.record(this.simulation.snapshot());
  }

  private static timelineFor(scenario: Scenario): Timeline {
    return new Timeline({ bucketMs: liveBucketMs(scenario.durationMs), maxBuckets: 1_200 });
  }

  get scenario(): Scenario {
    return this.scenarioValue;
  }

  get nowMs(): number {
    return this.simulation.nowMs;
  }

  getSnapshot(): SimulationSnapshot {
    return this.simulation.snapshot();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Returns a copy of the recorded timeline. */
  timelineData(): TimelineData {
    return this.timeline.data();
  }

  /** Starts again at time zero with `scenario`. */
  reset(scenario: Scenario): void {
    this.simulation.dispose();
    this.scenarioValue = scenario;
    this.simulation = new Simulation(scenario);
    this.timeline = CompareSide.timelineFor(scenario);
    this.timeline.record(this.simulation.snapshot());
  }

  /** Applies a changed scenario from the current moment on, as the live engine does. */
  reconfigure(scenario: Scenario): void {
    this.scenarioValue = scenario;
    this.simulation.reconfigure(scenario);
  }

  /** Advances to `timeMs` (clamped to the run's length) and records it. */
  advanceTo(timeMs: number): void {
    const target = Math.min(timeMs, this.scenarioValue.durationMs);
    if (target > this.simulation.nowMs) this.simulation.advanceTo(target);
    this.timeline.record(this.simulation.snapshot());
  }

  /** Hands the current snapshot to the views. */
  publish(): void {
    const snapshot = this.simulation.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }

  dispose(): void {
    this.simulation.dispose();
    this.listeners.clear();
  }
}

/**
 * Two sides that always stand at the same simulated moment. Moving back in time restarts both from
 * their seed and replays them to that moment, since a simulation cannot run backwards.
 */
export class CompareSession {
  readonly sides: [CompareSide, CompareSide];

  constructor(scenarios: [Scenario, Scenario]) {
    this.sides = [new CompareSide(scenarios[0]), new CompareSide(scenarios[1])];
  }

  get nowMs(): number {
    return this.sides[0].nowMs;
  }

  /** Moves both sides to `timeMs`, replaying from the start when it is in the past, then publishes. */
  // NOTE: a replay uses each side's current scenario from time zero, so settings edited during the
  // run apply from the start after a seek back, and events sent by hand are not replayed.
  moveTo(timeMs: number): void {
    for (const side of this.sides) {
      if (timeMs < side.nowMs) side.reset(side.scenario);
      side.advanceTo(timeMs);
    }
    for (const side of this.sides) side.publish();
  }

  /** Starts both sides again from time zero with new scenarios. */
  reset(scenarios: [Scenario, Scenario]): void {
    this.sides[0].reset(scenarios[0]);
    this.sides[1].reset(scenarios[1]);
    for (const side of this.sides) side.publish();
  }

  /** Applies changed scenarios to both sides from the current moment on. */
  reconfigure(scenarios: [Scenario, Scenario]): void {
    this.sides[0].reconfigure(scenarios[0]);
    this.sides[1].reconfigure(scenarios[1]);
    for (const side of this.sides) side.publish();
  }

  dispose(): void {
    for (const side of this.sides) side.dispose();
  }
}
