/**
 * Rewind by replay: the simulation cannot run backwards, but it is deterministic, so a fresh
 * Simulation given the same scenario and the same inputs at the same simulated moments reaches the
 * same state. The timeline records every input the engine applies and replays them on demand.
 */
import { Simulation, type SimulationOptions } from '../../sim/simulation';
import type { Scenario, SourceKind } from '../../sim/types';

/** One input the engine applied to the simulation, at the simulated moment it was applied. */
export type RecordedInput =
  | { atMs: number; kind: 'reconfigure'; scenario: Scenario }
  | { atMs: number; kind: 'send-event'; source: SourceKind }
  | { atMs: number; kind: 'fail-event'; eventId: number };

/** Applies one recorded input to a simulation that has reached the input's moment. */
export function applyInput(simulation: Simulation, input: RecordedInput): void {
  switch (input.kind) {
    case 'reconfigure':
      simulation.reconfigure(input.scenario);
      break;
    case 'send-event':
      simulation.sendEvent(input.source);
      break;
    case 'fail-event':
      simulation.failEvent(input.eventId);
      break;
  }
}

/**
 * Advances `simulation` to `targetMs`, applying inputs from `inputs[from]` on whose moment is at or
 * before the target, each right after the simulation reaches that moment. Returns the index of the
 * first input not applied.
 */
export function advanceWithInputs(
  simulation: Simulation,
  inputs: readonly RecordedInput[],
  from: number,
  targetMs: number,
): number {
  let next = from;
  while (next < inputs.length && inputs[next].atMs <= targetMs) {
    const input = inputs[next];
    if (input.atMs > simulation.nowMs) simulation.advanceTo(input.atMs);
    applyInput(simulation, input);
    next++;
  }
  if (targetMs > simulation.nowMs) simulation.advanceTo(targetMs);
  return next;
}

/**
 * Builds a new simulation of `initial` and replays `inputs` up to `targetMs`. Returns it with the
 * index of the first input not yet applied.
 */
export function replayTo(
  initial: Scenario,
  inputs: readonly RecordedInput[],
  targetMs: number,
  options: SimulationOptions = {},
): { simulation: Simulation; next: number } {
  const simulation = new Simulation(initial, options);
  const next = advanceWithInputs(simulation, inputs, 0, Math.max(0, targetMs));
  return { simulation, next };
}

/**
 * The inputs of one run and how far the live simulation has applied them. After a seek back, the
 * inputs past the new moment stay as the run's future and are applied again as playback reaches
 * them, until a new input forks the run: recording drops every input not yet applied.
 */
export class RunTimeline {
  private readonly recorded: RecordedInput[] = [];
  /** Index of the first input the live simulation has not applied. */
  private cursor = 0;

  constructor(readonly initialScenario: Scenario, inputs: readonly RecordedInput[] = []) {
    this.recorded.push(...inputs);
  }

  /** Every input of the run, in the order of their moments. */
  get inputs(): readonly RecordedInput[] {
    return this.recorded;
  }

  /** True when inputs wait to be applied later in the run, after a seek back. */
  get hasFuture(): boolean {
    return this.cursor < this.recorded.length;
  }

  /** Records an input that the caller just applied; inputs after it are dropped (the run forks). */
  record(input: RecordedInput): void {
    this.recorded.length = this.cursor;
    this.recorded.push(input);
    this.cursor = this.recorded.length;
  }

  /** Advances the live simulation to `targetMs`, applying the recorded inputs on the way. */
  advance(simulation: Simulation, targetMs: number): void {
    this.cursor = advanceWithInputs(simulation, this.recorded, this.cursor, targetMs);
  }

  /** Runs the next scheduled moment or the next recorded input, whichever comes first. */
  step(simulation: Simulation): boolean {
    const input = this.recorded[this.cursor];
    const nextTask = simulation.nextEventMs();
    if (input !== undefined && (nextTask === undefined || input.atMs <= nextTask)) {
      this.advance(simulation, input.atMs);
      return true;
    }
    return simulation.step();
  }

  /**
   * Replaces the live simulation by a replay up to `targetMs`; the caller disposes the old one.
   * NOTE: every seek back replays from time zero, so in a long, busy run it costs as much as playing
   * to that moment. The engine spreads that work over frames. Checkpoints would need a Simulation
   * that can be copied, which it cannot yet.
   */
  rebuild(targetMs: number, options: SimulationOptions = {}): Simulation {
    const { simulation, next } = replayTo(this.initialScenario, this.recorded, targetMs, options);
    this.cursor = next;
    return simulation;
  }

  /** Returns the inputs applied so far, for a link that reproduces the run up to now. */
  appliedInputs(): RecordedInput[] {
    return this.recorded.slice(0, this.cursor);
  }
}
