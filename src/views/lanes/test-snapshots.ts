/**
 * Builders of hand-made snapshots for the lanes' unit tests. They produce real objects of the
 * simulation's types, filled with the values a test names, so tests need no running simulation.
 */
import { zeroMetrics } from '../../sim/test-scenario';
import type {
  EnvironmentView,
  InvocationView,
  Phase,
  PhaseSpan,
  SimulationSnapshot,
  StartKind,
  InvocationStatus,
} from '../../sim/types';

/** A span as a tuple: phase, start, end (NaN while open) and the invocation it served. */
export type SpanTuple = [phase: Phase, startMs: number, endMs: number, invocationId?: number];

/** Builds a phase history from tuples. */
export function spans(...tuples: SpanTuple[]): PhaseSpan[] {
  return tuples.map(([phase, startMs, endMs, invocationId]) => ({
    phase,
    startMs,
    endMs,
    invocationId: invocationId ?? null,
  }));
}

/** Builds an environment whose current phase is the last span of `history`. */
export function environment(
  id: number,
  history: PhaseSpan[],
  extra: Partial<Omit<EnvironmentView, 'id' | 'history'>> = {},
): EnvironmentView {
  const last = history[history.length - 1];
  return {
    id,
    provisioned: false,
    createdMs: history[0]?.startMs ?? 0,
    phase: last?.phase ?? 'provisioning',
    phaseSinceMs: last?.startMs ?? 0,
    history,
    invocationsServed: history.filter((span) => span.phase.startsWith('invoking')).length,
    current: null,
    ...extra,
  };
}

/** Builds an invocation with the given outcome; times not given are NaN, as while in flight. */
export function invocation(
  id: number,
  start: StartKind,
  status: InvocationStatus,
  extra: Partial<InvocationView> = {},
): InvocationView {
  return {
    id,
    source: 'api-gateway',
    streamIndex: 0,
    arrivalMs: 0,
    start,
    status,
    throttleCause: start === 'throttled' ? 'account-concurrency' : null,
    environmentId: null,
    provisionMs: 0,
    initMs: 0,
    startMs: Number.NaN,
    runMs: Number.NaN,
    endMs: Number.NaN,
    mode: 'sync',
    attempt: 1,
    events: [],
    ...extra,
  };
}

/** Live metrics with every count at zero, overridable field by field. */
export const metrics = zeroMetrics;

/** Builds a snapshot at `nowMs`. */
export function snapshot(
  nowMs: number,
  environments: EnvironmentView[],
  recentInvocations: InvocationView[] = [],
  extra: Partial<SimulationSnapshot> = {},
): SimulationSnapshot {
  return {
    nowMs,
    version: 1,
    durationMs: 600_000,
    environments,
    recentInvocations,
    sources: [],
    metrics: metrics({ environmentsCreated: environments.length }),
    ...extra,
  };
}
