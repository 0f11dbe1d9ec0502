import {
  ASYNC_DEFAULTS,
  ASYNC_EVENT_AGE_MAX_MS,
  ASYNC_EVENT_AGE_MIN_MS,
  ASYNC_RETRY_ATTEMPTS_MAX,
  GATEWAY_DEFAULTS,
  GATEWAY_TIMEOUT_MIN_MS,
  GATEWAY_TIMEOUT_MS,
} from '../../sim/sources/source-defaults';
import type { FailureTarget, SourceOptions } from '../../sim/types';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import type { SetOptions } from './SourceOptionsControls';
import { SOURCE_OPTION_STRINGS as text } from './source-options-strings';

interface FieldsProps {
  options: SourceOptions;
  setOptions: SetOptions;
}

const API_OPTIONS = (['rest', 'http'] as const).map((api) => ({ value: api, label: text.apis[api] }));
const ASYNC_TARGETS = (['none', 'dead-letter-queue', 'destination'] as const).map((target) => ({
  value: target,
  label: text.failureTargets[target],
}));

/** API type and integration timeout of an API Gateway source. */
export function GatewayFields({ options, setOptions }: FieldsProps) {
  const api = options.api ?? GATEWAY_DEFAULTS.api;
  const timeoutMs = options.integrationTimeoutMs ?? GATEWAY_TIMEOUT_MS[api];

  return (
    <>
      <SelectField
        label={text.api}
        value={api}
        options={API_OPTIONS}
        // A REST API allows at most 29 s, so a longer timeout is cut when switching to it.
        onChange={(next) =>
          setOptions({
            api: next,
            integrationTimeoutMs: Math.min(options.integrationTimeoutMs ?? GATEWAY_TIMEOUT_MS[next], GATEWAY_TIMEOUT_MS[next]),
          })
        }
      />
      <NumberField
        label={text.integrationTimeout}
        value={timeoutMs / 1000}
        min={GATEWAY_TIMEOUT_MIN_MS / 1000}
        max={GATEWAY_TIMEOUT_MS[api] / 1000}
        step={0.05}
        scale="log"
        unit="s"
        note={text.integrationNote}
        onCommit={(seconds) => setOptions({ integrationTimeoutMs: Math.round(seconds * 1000) })}
      />
    </>
  );
}

/** Retries, maximum event age and failure target of an asynchronous source (S3, SNS, a schedule). */
export function AsyncFields({ options, setOptions }: FieldsProps) {
  return (
    <>
      <NumberField
        label={text.retryAttempts}
        value={options.maximumRetryAttempts ?? ASYNC_DEFAULTS.maximumRetryAttempts}
        min={0}
        max={ASYNC_RETRY_ATTEMPTS_MAX}
        step={1}
        scale="linear"
        unit=""
        onCommit={(maximumRetryAttempts) => setOptions({ maximumRetryAttempts })}
      />
      <NumberField
        label={text.maximumEventAge}
        value={(options.maximumEventAgeMs ?? ASYNC_DEFAULTS.maximumEventAgeMs) / 1000}
        min={ASYNC_EVENT_AGE_MIN_MS / 1000}
        max={ASYNC_EVENT_AGE_MAX_MS / 1000}
        step={1}
        scale="log"
        unit="s"
        onCommit={(seconds) => setOptions({ maximumEventAgeMs: seconds * 1000 })}
      />
      <SelectField<FailureTarget>
        label={text.onFailure}
        value={options.onFailure ?? ASYNC_DEFAULTS.onFailure}
        options={ASYNC_TARGETS}
        onChange={(onFailure) => setOptions({ onFailure })}
      />
    </>
  );
}
