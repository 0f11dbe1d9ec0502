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

/**
 * Wall time a seek may take at once. A seek that needs longer, such as a rewind in a long, busy run,
 * goes on over the next animation frames, so the page keeps responding while it replays.
 */
export const SEEK_AT_ONCE_MS = 50;

/** Wall time of seeking per animation frame once a seek goes on over frames. */
export const SEEK_FRAME_MS = 30;

/** A seek that goes on over frames: where it started and where it goes, in simulated milliseconds. */
export interface SeekProgress {
  fromMs: number;
  targetMs: number;
  /** Share of the way done, from 0 to 1. */
  fraction: number;
}

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
  private readonly seekAtOnce: BudgetedAdvancer;
  private readonly seekPerFrame: BudgetedAdvancer;
  /** The seek still going on over frames, or null. */
  private pendingSeek: { fromMs: number; targetMs: number } | null = null;
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
    this.seekAtOnce = new BudgetedAdvancer(() => clock.now(), SEEK_AT_ONCE_MS);
    this.seekPerFrame = new BudgetedAdvancer(() => clock.now(), SEEK_FRAME_MS);
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
    this.pendingSeek = null;
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

  /** Returns how far the seek that goes on over frames has come, or null when none does. */
  getSeekProgress(): SeekProgress | null {
    const seek = this.pendingSeek;
    if (seek === null) return null;
    const span = seek.targetMs - seek.fromMs;
    const fraction = span > 0 ? (this.simulation.nowMs - seek.fromMs) / span : 1;
    return { fromMs: seek.fromMs, targetMs: seek.targetMs, fraction };
  }

  /** Ends a seek that goes on over frames where it got to. */
  cancelSeek(): void {
    if (this.pendingSeek === null) return;
    this.pendingSeek = null;
    this.publish(true);
  }

  /** Pauses and runs the next scheduled moment. Returns false when nothing is scheduled. */
  step(): boolean {
    this.pendingSeek = null;
    this.store.getState().pause();
    const stepped = this.timeline.step(this.simulation);
    this.syncScenario();
    this.publish(true);
    return stepped;
  }

  /**
   * Moves the run to `timeMs` (clamped to the scenario's length). Going back builds a new simulation
   * and replays the recorded inputs from the seed, so the result is the same as playing to that moment.
   * What does not fit in SEEK_AT_ONCE_MS goes on over the next frames: `getSeekProgress` reports it,
   * and a later seek, step, event or new run replaces it.
   */
  seek(timeMs: number): void {
    const target = Math.min(Math.max(0, timeMs), this.simulation.scenario.durationMs);
    this.forgetPace();
    if (target < this.simulation.nowMs) {
      this.simulation.dispose();
      this.simulation = this.timeline.rebuild(0);
    }
    this.pendingSeek = { fromMs: this.simulation.nowMs, targetMs: target };
    this.continueSeek(this.seekAtOnce);
    this.syncScenario();
    this.publish(true);
    if (this.pendingSeek !== null) this.requestFrame();
  }

  /** Replaces the current run's inputs (for example from a shared link) and moves to `timeMs`. */
  restoreRun(inputs: readonly RecordedInput[], timeMs: number): void {
    this.pendingSeek = null;
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
    this.pendingSeek = null;
    const id = this.simulation.sendEvent(source);
    this.timeline.record({ atMs: this.simulation.nowMs, kind: 'send-event', source });
    this.publish(true);
    return id;
  }

  /** Makes every processing of a source event throw from now on. Returns false when the id is not known. */
  failEvent(eventId: number): boolean {
    this.pendingSeek = null;
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
      this.pendingSeek = null;
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
    this.pendingSeek = null;
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
    this.lastFrameTime = null;
    this.forgetPace();
    this.requestFrame();
  }

  /** Stops playback's use of the frame loop; a seek that goes on over frames keeps it. */
  private stopLoop(): void {
    if (this.frameHandle !== null && this.pendingSeek === null) {
      this.clock.cancelFrame(this.frameHandle);
      this.frameHandle = null;
    }
    this.lastFrameTime = null;
    this.forgetPace();
  }

  private requestFrame(): void {
    if (this.frameHandle === null) this.frameHandle = this.clock.requestFrame(this.onFrame);
  }

  /** Runs the pending seek towards its target within the advancer's budget, and ends it there. */
  private continueSeek(advancer: BudgetedAdvancer): void {
    const seek = this.pendingSeek;
    if (seek === null) return;
    const simulation = this.simulation;
    const reached = advancer.advance(simulation.nowMs, seek.targetMs, (targetMs) =>
      this.timeline.advance(simulation, targetMs),
    );
    if (reached < seek.targetMs) return;

    // Also applies inputs recorded at the target itself, which a seek of zero length never reaches.
    this.timeline.advance(simulation, seek.targetMs);
    this.pendingSeek = null;
  }

  /** Runs one frame of a pending seek. Playback waits for the seek, then starts afresh from its end. */
  private seekFrame(): void {
    this.continueSeek(this.seekPerFrame);
    this.syncScenario();
    const done = this.pendingSeek === null;
    this.publish(done);
    if (done) this.lastFrameTime = null;
    if (!done || this.store.getState().playback.playing) this.requestFrame();
  }

  /** Drops the owed time and the measured pace, because they belong to a stretch of playback that ended. */
  private forgetPace(): void {
    this.owedMs = 0;
    this.paceMeter.reset();
    this.pace = STEADY_PACE;
  }

  private onFrame = (timeMs: number): void => {
    this.frameHandle = null;
    if (this.pendingSeek !== null) {
      this.seekFrame();
      return;
    }
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
    if (!ended && this.store.getState().playback.playing) this.requestFrame();
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
