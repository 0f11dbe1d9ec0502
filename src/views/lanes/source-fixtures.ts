/** Builders of hand-made sources and source events for the lanes' unit tests. */
import { emptyCounts } from '../../sim/sources/source-adapter';
import type { SourceCounts, SourceEventView, SourceView } from '../../sim/types';

/** Source counts with every figure at zero, overridable field by field. */
export function counts(extra: Partial<SourceCounts> = {}): SourceCounts {
  return { ...emptyCounts(), ...extra };
}

/** Builds a source view; an API Gateway stream 0 unless `extra` says otherwise. */
export function sourceView(extra: Partial<SourceView> = {}): SourceView {
  return {
    streamIndex: 0,
    source: 'api-gateway',
    mode: 'sync',
    label: '',
    counts: counts(),
    queueDepth: 0,
    inFlight: 0,
    pollers: null,
    shards: [],
    recentEvents: [],
    ...extra,
  };
}

/** Builds a source event, waiting unless `extra` says otherwise. */
export function sourceEvent(id: number, extra: Partial<SourceEventView> = {}): SourceEventView {
  return {
    id,
    source: 'api-gateway',
    streamIndex: 0,
    arrivalMs: 0,
    sequence: id - 1,
    state: 'waiting',
    attempts: 0,
    receiveCount: 0,
    poison: false,
    shard: null,
    response: null,
    endedMs: Number.NaN,
    lastInvocationId: null,
    ...extra,
  };
}
