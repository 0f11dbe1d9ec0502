import type { StoreApi } from 'zustand/vanilla';
import { Simulation } from '../../sim/simulation';
import type { EnvironmentView, InvocationView, SimulationSnapshot, SourceKind } from '../../sim/types';
import { RunTimeline, type RecordedInput } from '../share/run-timeline';
import type { AppState, AppStore } from '../store/app-state';
import { BudgetedAdvancer } from './frame-budget';
import type { FrameSource } from './frame-source';
import { PaceMeter, STEADY_PACE, type Pace } from './pace-meter';

/**
 * Maximum wall-clock gap that one frame advances by. A hidden tab gets no animation frames, so the
 * first frame after it returns would otherwise jump ahead by minutes of simulated time at once.
 */
export const MAX_FRAME_GAP_MS = 100;

/** Minimum wall time between updates of the numbers React shows, so text changes a few times a second. */
export const DISPLAY_INTERVAL_MS = 250;

/** Browser services the engine needs, injectable so tests can drive frames by hand. */
export interface EngineClock {
  requestFrame(callback: (timeMs: number) => void): number;
  cancelFrame(handle: number): void;
  /** Wall-clock milliseconds, used to throttle display updates and to keep each frame's work in budget. */
  now(): number;
}

const browserClock: EngineClock = {
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  now: () => performance.now(),
};

type Listener = (snapshot: SimulationSnapshot) => void;

/**
 * Owns the running simulation and the one animation-frame loop that advances it by wall time x
 * speed. Follows the app store: a new `run` starts a fresh simulation, a changed scenario is applied
 * from the current moment on, and `playing` starts or stops the loop. Views that draw every frame
 * subscribe to it as a FrameSource; React text reads the throttled display snapshot.
 */
export class Engine implements FrameSource {
  private simulation: Simulation;
  /** Every input applied in this run, so that a seek back can replay the run from its seed. */
  private timeline: RunTimeline;
  private disposed = false;
  private snapshot: SimulationSnapshot;
  private displaySnapshot: SimulationSnapshot;
  private readonly frameListeners = new Set<Listener>();
  private readonly displayListeners = new Set<() => void>();
  private frameHandle: number | null = null;
  private lastFrameTime: number | null = null;
  private lastDisplayTime = Number.NEGATIVE_INFINITY;
  private unsubscribeStore: (() => void) | null = null;
  private readonly advancer: BudgetedAdvancer;
  /**
   * Simulated milliseconds that wall time requested but the frame budget did not reach yet. Capped at
   * one capped frame's worth, so a run that cannot keep up never builds a backlog to catch up on.
   */
  private owedMs = 0;
  private readonly paceMeter = new PaceMeter();
  private pace: Pace = STEADY_PACE;

  constructor(
    private readonly store: StoreApi<AppStore>,
    private readonly clock: EngineClock = browserClock,
  ) {
    this.simulation = new Simulation(store.getState().scenario);
    this.timeline = new RunTimeline(store.getState().scenario);
    this.snapshot = this.simulation.snapshot();
    this.displaySnapshot = this.snapshot;
    this.advancer = new BudgetedAdvancer(() => clock.now());
  }

  /** Starts following the store, and plays if the store's playback is on. Call `stop` to undo. */
  start(): void {
    if (this.unsubscribeStore) return;
    if (this.disposed) this.replaceSimulation(this.store.getState().scenario);
    this.unsubscribeStore = this.store.subscribe((state, previous) => this.onStoreChange(state, previous));
    this.publish(true);
    if (this.store.getState().playback.playing) this.startLoop();
  }

  /** Stops the loop, stops following the store and releases the simulation. */
  stop(): void {
    this.stopLoop();
    this.unsubscribeStore?.();
    this.unsubscribeStore = null;
    this.simulation.dispose();
    this.disposed = true;
  }

  getSnapshot(): SimulationSnapshot {
    return this.snapshot;
  }

  subscribe(listener: Listener): () => void {
    this.frameListeners.add(listener);
    return () => this.frameListeners.delete(listener);
  }

  /** Latest snapshot for text and numbers; replaced at most every DISPLAY_INTERVAL_MS while playing. */
  getDisplaySnapshot = (): SimulationSnapshot => this.displaySnapshot;

  /** Speed reached while playing against the speed requested; replaced with each display snapshot. */
  getPace = (): Pace => this.pace;

  /** Subscribes to display snapshots, in the shape React's useSyncExternalStore expects. */
  subscribeDisplay = (listener: () => void): (() => void) => {
    this.displayListeners.add(listener);
    return () => this.displayListeners.delete(listener);
  };

  /** Pauses and runs the next scheduled moment. Returns false when nothing is scheduled. */
  step(): boolean {
    this.store.getState().pause();
    const stepped = this.timeline.step(this.simulation);
    this.syncScenario();
    this.publish(true);
    return stepped;
  }

  /**
   * Moves the run to `timeMs` (clamped to the scenario's length). Going back builds a new simulation
   * and replays the recorded inputs from the seed, so the result is the same as playing to that moment.
   */
  seek(timeMs: number): void {
    const target = Math.min(Math.max(0, timeMs), this.simulation.scenario.durationMs);
    this.forgetPace();
    if (target >= this.simulation.nowMs) {
      this.timeline.advance(this.simulation, target);
    } else {
      this.simulation.dispose();
      this.simulation = this.timeline.rebuild(target);
    }
    this.syncScenario();
    this.publish(true);
  }

  /** Replaces the current run's inputs (for example from a shared link) and moves to `timeMs`. */
  restoreRun(inputs: readonly RecordedInput[], timeMs: number): void {
    this.timeline = new RunTimeline(this.timeline.initialScenario, inputs);
    this.forgetPace();
    if (!this.disposed) this.simulation.dispose();
    this.simulation = this.timeline.rebuild(Math.max(0, timeMs));
    // Callable before `start` (a child's effect runs before its provider's), which then keeps this run.
    this.disposed = false;
    this.syncScenario();
    this.publish(true);
  }

  /** Returns the recorded inputs of the current run, for links and exports. */
  getTimeline(): RunTimeline {
    return this.timeline;
  }

  /** Sends one event of the given source now and returns the source event's id. */
  sendEvent(source: SourceKind): number {
    const id = this.simulation.sendEvent(source);
    this.timeline.record({ atMs: this.simulation.nowMs, kind: 'send-event', source });
    this.publish(true);
    return id;
  }

  /** Makes every processing of a source event throw from now on. Returns false when the id is not known. */
  failEvent(eventId: number): boolean {
    const failed = this.simulation.failEvent(eventId);
    if (failed) this.timeline.record({ atMs: this.simulation.nowMs, kind: 'fail-event', eventId });
    this.publish(true);
    return failed;
  }

  /** Looks up a recent invocation; undefined once the simulation no longer keeps it. */
  invocation(id: number): InvocationView | undefined {
    return this.simulation.invocation(id);
  }

  /** Looks up an environment; undefined once the simulation no longer keeps it. */
  environment(id: number): EnvironmentView | undefined {
    return this.simulation.environment(id);
  }

  private onStoreChange(state: AppState, previous: AppState): void {
    if (state.run !== previous.run) {
      this.replaceSimulation(state.scenario);
      this.publish(true);
    } else if (state.scenario !== previous.scenario && state.scenario !== this.simulation.scenario) {
      // The second test skips scenarios the engine itself put in the store after a replay.
      this.simulation.reconfigure(state.scenario);
      this.timeline.record({ atMs: this.simulation.nowMs, kind: 'reconfigure', scenario: state.scenario });
      this.publish(true);
    }

    if (state.playback.playing !== previous.playback.playing) {
      if (state.playback.playing) {
        this.startLoop();
      } else {
        this.stopLoop();
        // The last frames may have been throttled away; show exactly where playback stopped.
        this.publish(true);
      }
    }
  }

  private replaceSimulation(scenario: AppState['scenario']): void {
    if (!this.disposed) this.simulation.dispose();
    this.simulation = new Simulation(scenario);
    this.timeline = new RunTimeline(scenario);
    this.disposed = false;
    this.forgetPace();
  }

  /** Shows in the store the scenario in effect after a replay applied a recorded change, or undid one. */
  private syncScenario(): void {
    const scenario = this.simulation.scenario;
    if (this.store.getState().scenario !== scenario) this.store.getState().syncScenario(scenario);
  }

  private startLoop(): void {
    if (this.frameHandle !== null) return;
    this.lastFrameTime = null;
    this.forgetPace();
    this.frameHandle = this.clock.requestFrame(this.onFrame);
  }

  private stopLoop(): void {
    if (this.frameHandle !== null) this.clock.cancelFrame(this.frameHandle);
    this.frameHandle = null;
    this.lastFrameTime = null;
    this.forgetPace();
  }

  /** Drops the owed time and the measured pace, because they belong to a stretch of playback that ended. */
  private forgetPace(): void {
    this.owedMs = 0;
    this.paceMeter.reset();
    this.pace = STEADY_PACE;
  }

  private onFrame = (timeMs: number): void => {
    this.frameHandle = null;
    const { playing, speed } = this.store.getState().playback;
    if (!playing) return;

    // The first frame after Play only records the time, so playback starts without a jump.
    const gap = this.lastFrameTime === null ? 0 : Math.min(Math.max(0, timeMs - this.lastFrameTime), MAX_FRAME_GAP_MS);
    this.lastFrameTime = timeMs;

    const simulation = this.simulation;
    const startMs = simulation.nowMs;
    const remainingMs = simulation.scenario.durationMs - startMs;
    this.owedMs = Math.min(this.owedMs + gap * speed, MAX_FRAME_GAP_MS * speed, remainingMs);
    const reached = this.advancer.advance(startMs, startMs + this.owedMs, (targetMs) =>
      this.timeline.advance(simulation, targetMs),
    );
    this.owedMs = Math.max(0, this.owedMs - (reached - startMs));
    this.paceMeter.record(gap, Math.min(gap * speed, remainingMs), reached - startMs);
    this.syncScenario();

    const ended = this.publish(false);
    // Publishing at the end pauses the store, which stops the loop; otherwise keep going.
    if (!ended && this.store.getState().playback.playing) {
      this.frameHandle = this.clock.requestFrame(this.onFrame);
    }
  };

  /**
   * Takes a snapshot, hands it to frame listeners, and to display listeners and the store clock when
   * `force` is set, the run ended, or DISPLAY_INTERVAL_MS passed. Returns whether the run ended.
   */
  private publish(force: boolean): boolean {
    const snapshot = this.simulation.snapshot();
    this.snapshot = snapshot;
    for (const listener of this.frameListeners) listener(snapshot);

    const ended = snapshot.nowMs >= snapshot.durationMs;
    const wallMs = this.clock.now();
    if (force || ended || wallMs - this.lastDisplayTime >= DISPLAY_INTERVAL_MS) {
      this.lastDisplayTime = wallMs;
      this.displaySnapshot = snapshot;
      const { playing, speed } = this.store.getState().playback;
      this.pace = playing && !ended ? this.paceMeter.read(speed) : STEADY_PACE;
      for (const listener of this.displayListeners) listener();
      this.store.getState().syncClock(snapshot.nowMs, ended);
    }
    return ended;
  }
}
