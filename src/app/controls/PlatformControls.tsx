import { useId } from 'react';
import { LEGACY_BURSTS, UNRESERVED_MINIMUM } from '../../sim/model-facts';
import { maxReservedConcurrency } from '../../sim/scenario/schema';
import type { ScalingModel } from '../../sim/types';
import { formatCount } from '../format';
import { selectScenario } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { STRINGS } from '../strings';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { useScenarioEditor } from './use-scenario-editor';

const text = STRINGS.controls;

/** The controls offer limits up to 10,000; AWS raises quotas beyond that on request. */
const LIMIT_MAX = 10_000;

/** Reserved concurrency a freshly ticked box starts at, when the limit leaves room for it. */
const RESERVED_START = 10;

const SCALING_OPTIONS = (['standard', 'legacy', 'unlimited'] as const).map((model) => ({
  value: model,
  label: text.scalingModels[model],
}));

const BURST_OPTIONS = LEGACY_BURSTS.map((burst) => ({ value: String(burst), label: formatCount(burst) }));

/** Settings of the Lambda service for this function and account: limits, reservations, scaling. */
export function PlatformControls() {
  const scenario = useAppStore(selectScenario);
  const edit = useScenarioEditor();
  const reservedBoxId = useId();
  const platform = scenario.platform;
  const reservedMax = maxReservedConcurrency(platform.concurrencyLimit);
  const provisionedMax = platform.reservedConcurrency ?? platform.concurrencyLimit;

  const setPlatform = (changes: Partial<typeof platform>) =>
    edit((current) => ({ ...current, platform: { ...current.platform, ...changes } }));

  return (
    <fieldset className="control-group">
      <legend>{text.groups.platform}</legend>
      <NumberField
        label={text.concurrencyLimit}
        value={platform.concurrencyLimit}
        min={1}
        max={LIMIT_MAX}
        step={1}
        scale="log"
        unit=""
        onCommit={(concurrencyLimit) => setPlatform({ concurrencyLimit })}
      />
      <div className="field checkbox-field">
        <input
          id={reservedBoxId}
          type="checkbox"
          checked={platform.reservedConcurrency !== null}
          onChange={(event) =>
            setPlatform({ reservedConcurrency: event.target.checked ? Math.min(RESERVED_START, reservedMax) : null })
          }
        />
        <label htmlFor={reservedBoxId}>{text.reservedEnabled}</label>
      </div>
      {platform.reservedConcurrency !== null && (
        <NumberField
          label={text.reserved}
          value={platform.reservedConcurrency}
          min={0}
          max={reservedMax}
          step={1}
          scale="log"
          unit=""
          note={text.reservedNote(formatCount(UNRESERVED_MINIMUM))}
          onCommit={(reservedConcurrency) => setPlatform({ reservedConcurrency })}
        />
      )}
      <NumberField
        label={text.provisioned}
        value={platform.provisionedConcurrency}
        min={0}
        max={provisionedMax}
        step={1}
        scale="log"
        unit=""
        note={text.provisionedNote}
        onCommit={(provisionedConcurrency) => setPlatform({ provisionedConcurrency })}
      />
      <SelectField<ScalingModel>
        label={text.scaling}
        value={platform.scaling}
        options={SCALING_OPTIONS}
        onChange={(scaling) => setPlatform({ scaling })}
      />
      {platform.scaling === 'legacy' && (
        <SelectField
          label={text.legacyBurst}
          value={String(platform.legacyBurst)}
          options={BURST_OPTIONS}
          onChange={(burst) => setPlatform({ legacyBurst: Number(burst) })}
        />
      )}
    </fieldset>
  );
}
