import type { DurationSpec, FunctionConfig, Scenario, SourceKind } from '../../sim/types';

/** Returns whether a run time drawn from `spec` can pass `timeoutMs`; unbounded distributions always can. */
function mayExceed(spec: DurationSpec, timeoutMs: number): boolean {
  if (typeof spec === 'number') return spec > timeoutMs;
  switch (spec.dist) {
    case 'constant':
      return spec.ms > timeoutMs;
    case 'uniform':
      return spec.maxMs > timeoutMs;
    default:
      return true;
  }
}

/** Returns whether an invocation of the function can fail: by an error or by running past its timeout. */
function mayFail(fn: FunctionConfig): boolean {
  return fn.errorRate > 0 || mayExceed(fn.runDurationMs, fn.timeoutMs);
}

const ASYNC_SOURCES: ReadonlySet<SourceKind> = new Set(['s3', 'sns', 'schedule']);

/**
 * Returns whether any stream of `scenario` can dead-letter, send on or lose an event, which is when
 * the lanes show the dead-letter and lost trays. Asynchronous events are discarded after failed
 * retries or when they outlive their maximum age. SQS moves a message to its dead-letter queue after
 * `maxReceiveCount` receives, throttled ones included. Stream records are discarded after failures.
 * Events sent by hand are not covered, so the view also shows the trays once a count is above zero.
 */
export function canDiscardEvents(scenario: Scenario): boolean {
  const failing = mayFail(scenario.function);
  return scenario.traffic.some((stream) => {
    const options = stream.options ?? {};
    if (ASYNC_SOURCES.has(stream.source)) {
      const ageLimit = options.maximumEventAgeMs ?? Number.POSITIVE_INFINITY;
      return failing || ageLimit < scenario.durationMs;
    }
    if (stream.source === 'sqs') return options.maxReceiveCount != null || (options.poisonMessages?.length ?? 0) > 0;
    if (stream.source === 'dynamodb-stream') return failing || (options.poisonRecords?.length ?? 0) > 0;
    return false;
  });
}
