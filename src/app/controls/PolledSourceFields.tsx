import { ASSUMED } from '../../sim/model-facts';
import {
  BATCH_SIZE_MAX,
  MAX_RECEIVE_COUNT_MAX,
  MAXIMUM_CONCURRENCY_MAX,
  MAXIMUM_CONCURRENCY_MIN,
  QUEUE_BACKOFF_MAX_MS,
  STREAM_RETRY_ATTEMPTS_MAX,
  STREAM_SHARDS_MAX,
  VISIBILITY_TIMEOUT_MAX_MS,
} from '../../sim/scenario/source-options-schema';
import { QUEUE_DEFAULTS, STREAM_DEFAULTS } from '../../sim/sources/source-defaults';
import type { FailureTarget, SourceOptions } from '../../sim/types';
import { CheckboxField } from './CheckboxField';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import type { SetOptions } from './SourceOptionsControls';
import { SOURCE_OPTION_STRINGS as text } from './source-options-strings';

interface FieldsProps {
  options: SourceOptions;
  setOptions: SetOptions;
}

/** Streams have no dead-letter queue, only an on-failure destination. */
const STREAM_TARGETS = (['none', 'destination'] as const).map((target) => ({ value: target, label: text.failureTargets[target] }));

/** Values a freshly ticked box starts at. */
const START_RETRIES = 3;
const START_RECEIVES = 3;
const START_CONCURRENCY = 5;

/** Shards, batch size, bisecting, retry limit and failure target of a DynamoDB stream's mapping. */
export function StreamFields({ options, setOptions }: FieldsProps) {
  const retries = options.maximumRetryAttempts ?? STREAM_DEFAULTS.maximumRetryAttempts;
  return (
    <>
      <NumberField
        label={text.shards}
        value={options.shards ?? STREAM_DEFAULTS.shards}
        min={1}
        max={STREAM_SHARDS_MAX}
        step={1}
        scale="log"
        unit=""
        onCommit={(shards) => setOptions({ shards })}
      />
      <NumberField
        label={text.batchSize}
        value={options.batchSize ?? STREAM_DEFAULTS.batchSize}
        min={1}
        max={BATCH_SIZE_MAX}
        step={1}
        scale="log"
        unit="records"
        onCommit={(batchSize) => setOptions({ batchSize })}
      />
      <CheckboxField
        label={text.bisect}
        checked={options.bisectBatchOnError ?? STREAM_DEFAULTS.bisectBatchOnError}
        onChange={(bisectBatchOnError) => setOptions({ bisectBatchOnError })}
      />
      <CheckboxField
        label={text.retryForever}
        checked={retries < 0}
        onChange={(forever) => setOptions({ maximumRetryAttempts: forever ? -1 : START_RETRIES })}
      />
      {retries >= 0 && (
        <NumberField
          label={text.streamRetries}
          value={retries}
          min={0}
          max={STREAM_RETRY_ATTEMPTS_MAX}
          step={1}
          scale="log"
          unit="retries"
          onCommit={(maximumRetryAttempts) => setOptions({ maximumRetryAttempts })}
        />
      )}
      <SelectField<FailureTarget>
        label={text.onFailure}
        value={options.onFailure ?? STREAM_DEFAULTS.onFailure}
        options={STREAM_TARGETS}
        onChange={(onFailure) => setOptions({ onFailure })}
      />
    </>
  );
}

/**
 * Batch size, visibility timeout, redrive policy, maximum concurrency and back-off of an SQS queue and
 * its mapping.
 */
export function QueueFields({ options, setOptions }: FieldsProps) {
  const maxReceiveCount = options.maxReceiveCount ?? QUEUE_DEFAULTS.maxReceiveCount;
  const maximumConcurrency = options.maximumConcurrency ?? QUEUE_DEFAULTS.maximumConcurrency;
  return (
    <>
      <NumberField
        label={text.batchSize}
        value={options.batchSize ?? QUEUE_DEFAULTS.batchSize}
        min={1}
        max={BATCH_SIZE_MAX}
        step={1}
        scale="log"
        unit="messages"
        onCommit={(batchSize) => setOptions({ batchSize })}
      />
      <NumberField
        label={text.visibilityTimeout}
        value={(options.visibilityTimeoutMs ?? QUEUE_DEFAULTS.visibilityTimeoutMs) / 1000}
        min={0}
        max={VISIBILITY_TIMEOUT_MAX_MS / 1000}
        step={1}
        scale="log"
        unit="s"
        note={text.visibilityNote}
        onCommit={(seconds) => setOptions({ visibilityTimeoutMs: seconds * 1000 })}
      />
      <CheckboxField
        label={text.redrive}
        checked={maxReceiveCount !== null}
        onChange={(on) => setOptions({ maxReceiveCount: on ? START_RECEIVES : null })}
      />
      {maxReceiveCount !== null && (
        <NumberField
          label={text.maxReceiveCount}
          value={maxReceiveCount}
          min={1}
          max={MAX_RECEIVE_COUNT_MAX}
          step={1}
          scale="log"
          unit="receives"
          onCommit={(count) => setOptions({ maxReceiveCount: count })}
        />
      )}
      <CheckboxField
        label={text.capConcurrency}
        checked={maximumConcurrency !== null}
        onChange={(on) => setOptions({ maximumConcurrency: on ? START_CONCURRENCY : null })}
      />
      {maximumConcurrency !== null && (
        <NumberField
          label={text.maximumConcurrency}
          value={maximumConcurrency}
          min={MAXIMUM_CONCURRENCY_MIN}
          max={MAXIMUM_CONCURRENCY_MAX}
          step={1}
          scale="log"
          unit=""
          onCommit={(concurrency) => setOptions({ maximumConcurrency: concurrency })}
        />
      )}
      <NumberField
        label={text.backoff}
        value={(options.backoffMs ?? QUEUE_DEFAULTS.backoffMs) / 1000}
        min={0}
        max={QUEUE_BACKOFF_MAX_MS / 1000}
        step={0.1}
        scale="log"
        unit="s"
        assumptionBasis={ASSUMED.queueBackoffMs.basis}
        onCommit={(seconds) => setOptions({ backoffMs: Math.round(seconds * 1000) })}
      />
      <NumberField
        label={text.backoffPollers}
        value={options.backoffPollers ?? QUEUE_DEFAULTS.backoffPollers}
        min={0}
        max={MAXIMUM_CONCURRENCY_MAX}
        step={1}
        scale="log"
        unit="pollers"
        note={text.backoffPollersNote}
        assumptionBasis={ASSUMED.queueBackoffPollers.basis}
        onCommit={(backoffPollers) => setOptions({ backoffPollers })}
      />
    </>
  );
}
