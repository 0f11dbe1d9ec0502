import { MEMORY_MAX_MB, MEMORY_MIN_MB, RUNTIMES, TIMEOUT_MAX_MS, TIMEOUT_MIN_MS, runtimePreset } from '../../sim/model-facts';
import type { RuntimeId } from '../../sim/types';
import { formatDuration } from '../format';
import { selectScenario } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { STRINGS } from '../strings';
import { isDistribution, typicalMs, withTypicalMs } from './duration-spec';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { useScenarioEditor } from './use-scenario-editor';

const text = STRINGS.controls;

/** Handler run times from 1 ms to the 15-minute maximum timeout. */
const RUN_MIN_MS = 1;
const INIT_MIN_MS = 1;
/** Init may run for up to 10 s on demand, and longer for provisioned environments. */
const INIT_MAX_MS = 60_000;

type RuntimeChoice = RuntimeId | 'custom';

const RUNTIME_OPTIONS: { value: RuntimeChoice; label: string }[] = [
  ...RUNTIMES.map((runtime) => ({ value: runtime.id, label: runtime.label })),
  { value: 'custom', label: text.runtimeCustom },
];

/** Settings a developer gives the function itself: runtime, init and run time, memory, timeout. */
export function FunctionControls() {
  const scenario = useAppStore(selectScenario);
  const edit = useScenarioEditor();
  const fn = scenario.function;

  const onRuntime = (choice: RuntimeChoice) => {
    if (choice === 'custom') {
      edit((current) => ({ ...current, function: { ...current.function, runtime: null } }));
      return;
    }
    const preset = runtimePreset(choice);
    edit((current) => ({
      ...current,
      function: { ...current.function, runtime: preset.id, initDurationMs: preset.initDurationMs },
    }));
  };

  const runtimeNote = fn.runtime ? describeRuntime(fn.runtime) : undefined;

  return (
    <fieldset className="control-group">
      <legend>{text.groups.function}</legend>
      <SelectField label={text.runtime} value={fn.runtime ?? 'custom'} options={RUNTIME_OPTIONS} onChange={onRuntime} note={runtimeNote} />
      <NumberField
        label={text.initDuration}
        value={typicalMs(fn.initDurationMs)}
        min={INIT_MIN_MS}
        max={INIT_MAX_MS}
        step={1}
        scale="log"
        unit="ms"
        note={isDistribution(fn.initDurationMs) ? text.distributionNote : undefined}
        onCommit={(ms) =>
          edit((current) => ({
            ...current,
            // A hand-set init time no longer matches the runtime's published figures.
            function: { ...current.function, runtime: null, initDurationMs: withTypicalMs(current.function.initDurationMs, ms) },
          }))
        }
      />
      <NumberField
        label={text.runDuration}
        value={typicalMs(fn.runDurationMs)}
        min={RUN_MIN_MS}
        max={TIMEOUT_MAX_MS}
        step={1}
        scale="log"
        unit="ms"
        note={isDistribution(fn.runDurationMs) ? text.distributionNote : undefined}
        onCommit={(ms) =>
          edit((current) => ({
            ...current,
            function: { ...current.function, runDurationMs: withTypicalMs(current.function.runDurationMs, ms) },
          }))
        }
      />
      <NumberField
        label={text.memory}
        value={fn.memoryMb}
        min={MEMORY_MIN_MB}
        max={MEMORY_MAX_MB}
        step={1}
        scale="log"
        unit="MB"
        onCommit={(memoryMb) => edit((current) => ({ ...current, function: { ...current.function, memoryMb } }))}
      />
      <NumberField
        label={text.timeout}
        value={fn.timeoutMs / 1000}
        min={TIMEOUT_MIN_MS / 1000}
        max={TIMEOUT_MAX_MS / 1000}
        step={1}
        scale="log"
        unit="s"
        onCommit={(seconds) =>
          edit((current) => ({ ...current, function: { ...current.function, timeoutMs: seconds * 1000 } }))
        }
      />
      <NumberField
        label={text.errorRate}
        value={fn.errorRate * 100}
        min={0}
        max={100}
        step={1}
        scale="linear"
        unit="%"
        onCommit={(percent) =>
          edit((current) => ({ ...current, function: { ...current.function, errorRate: percent / 100 } }))
        }
      />
    </fieldset>
  );
}

/** Describes a runtime's published cold start, such as "Typical init: median 275 ms, p99 800 ms." */
function describeRuntime(id: RuntimeId): string | undefined {
  const spec = runtimePreset(id).initDurationMs;
  // The type allows a plain number, but every runtime preset is a log-normal fit.
  if (typeof spec === 'number') return undefined;
  return text.runtimeNote(formatDuration(spec.medianMs), formatDuration(spec.p99Ms));
}
