import { ASSUMED } from '../../sim/model-facts';
import type { DurationSpec, PlatformConfig, ReusePolicy } from '../../sim/types';
import { selectScenario } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { STRINGS } from '../strings';
import { isDistribution, typicalMs, withTypicalMs } from './duration-spec';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { useScenarioEditor } from './use-scenario-editor';

const text = STRINGS.controls;

const REUSE_OPTIONS = (['newest', 'most-recent', 'least-recent', 'random'] as const).map((policy) => ({
  value: policy,
  label: text.reusePolicies[policy],
}));

/** Duration settings of the platform whose values AWS does not publish. */
type AssumedDurationKey = 'idleLifetimeMs' | 'provisionDurationMs' | 'shutdownDurationMs' | 'resetDurationMs';

interface DurationControl {
  key: AssumedDurationKey;
  label: string;
  minMs: number;
  maxMs: number;
  unit: 's' | 'ms';
}

const DURATION_CONTROLS: DurationControl[] = [
  { key: 'idleLifetimeMs', label: text.idleLifetime, minMs: 1_000, maxMs: 7_200_000, unit: 's' },
  { key: 'provisionDurationMs', label: text.provisionDuration, minMs: 1, maxMs: 10_000, unit: 'ms' },
  // AWS stops a shutdown after 2 s.
  { key: 'shutdownDurationMs', label: text.shutdownDuration, minMs: 1, maxMs: 2_000, unit: 'ms' },
  { key: 'resetDurationMs', label: text.resetDuration, minMs: 1, maxMs: 10_000, unit: 'ms' },
];

/** Platform behaviour AWS does not document; every control is labelled as an assumption with its basis. */
export function AssumptionControls() {
  const scenario = useAppStore(selectScenario);
  const edit = useScenarioEditor();
  const platform = scenario.platform;

  const setDuration = (key: AssumedDurationKey, ms: number) =>
    edit((current) => {
      const next: DurationSpec = withTypicalMs(current.platform[key], ms);
      return { ...current, platform: { ...current.platform, [key]: next } satisfies PlatformConfig };
    });

  return (
    <fieldset className="control-group">
      <legend>{text.groups.assumptions}</legend>
      {DURATION_CONTROLS.map((control) => {
        const divisor = control.unit === 's' ? 1000 : 1;
        return (
          <NumberField
            key={control.key}
            label={control.label}
            value={typicalMs(platform[control.key]) / divisor}
            min={control.minMs / divisor}
            max={control.maxMs / divisor}
            step={1}
            scale="log"
            unit={control.unit}
            assumptionBasis={ASSUMED[control.key].basis}
            note={isDistribution(platform[control.key]) ? text.distributionNote : undefined}
            onCommit={(value) => setDuration(control.key, value * divisor)}
          />
        );
      })}
      <SelectField<ReusePolicy>
        label={text.reuse}
        value={platform.reuse}
        options={REUSE_OPTIONS}
        onChange={(reuse) => edit((current) => ({ ...current, platform: { ...current.platform, reuse } }))}
        assumptionBasis={ASSUMED.reuse.basis}
      />
    </fieldset>
  );
}
