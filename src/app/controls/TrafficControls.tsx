import type { Scenario, SourceKind, TrafficStream } from '../../sim/types';
import { SOURCE_KINDS } from '../../sim/types';
import { selectScenario } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { STRINGS } from '../strings';
import { NumberField } from './NumberField';
import { PatternFields } from './PatternFields';
import { SelectField } from './SelectField';
import { averageRatePerSec, EDITABLE_PATTERNS, isEditable, streamOfPattern, type EditablePattern } from './traffic-edit';
import { useScenarioEditor } from './use-scenario-editor';

/** Maximum run length the controls offer; two hours is plenty to watch idle environments expire. */
const RUN_LENGTH_MAX_S = 7_200;

const text = STRINGS.controls;

const SOURCE_OPTIONS = SOURCE_KINDS.map((kind) => ({ value: kind, label: STRINGS.sources[kind] }));

/** An editable pattern, `fixed` for one that only a preset can set, or `none` without a stream. */
type PatternChoice = EditablePattern | 'fixed' | 'none';

/** Renders the settings of the scenario's first traffic stream and the run's length. */
export function TrafficControls() {
  const scenario = useAppStore(selectScenario);
  const edit = useScenarioEditor();
  const stream: TrafficStream | undefined = scenario.traffic[0];
  const editable = stream !== undefined && isEditable(stream);

  const replaceStream = (next: TrafficStream) =>
    edit((current) => ({ ...current, traffic: [next, ...current.traffic.slice(1)] }));

  const patternOptions: { value: PatternChoice; label: string }[] = [
    ...(stream === undefined ? [{ value: 'none' as const, label: '–' }] : []),
    ...(stream !== undefined && !editable ? [{ value: 'fixed' as const, label: text.fixedPattern }] : []),
    ...EDITABLE_PATTERNS.map((pattern) => ({ value: pattern, label: text.patterns[pattern] })),
  ];

  let patternValue: PatternChoice = 'none';
  if (stream !== undefined) patternValue = isEditable(stream) ? stream.pattern : 'fixed';

  const onPattern = (pattern: PatternChoice) => {
    if (pattern === 'fixed' || pattern === 'none') return;
    const rate = stream ? averageRatePerSec(stream, scenario.durationMs) : 0;
    replaceStream(streamOfPattern(pattern, stream?.source ?? 'api-gateway', rate, scenario.durationMs, stream?.label));
  };

  const onSource = (source: SourceKind) => {
    if (stream) replaceStream({ ...stream, source });
  };

  return (
    <fieldset className="control-group">
      <legend>{text.groups.traffic}</legend>
      <SelectField<PatternChoice>
        label={text.pattern}
        value={patternValue}
        options={patternOptions}
        onChange={onPattern}
        note={noteFor(stream)}
      />
      {stream && isEditable(stream) && (
        <PatternFields stream={stream} durationMs={scenario.durationMs} onChange={replaceStream} />
      )}
      {stream && <SelectField label={text.source} value={stream.source} options={SOURCE_OPTIONS} onChange={onSource} />}
      <NumberField
        label={text.duration}
        value={scenario.durationMs / 1000}
        min={1}
        max={RUN_LENGTH_MAX_S}
        step={1}
        scale="log"
        unit="s"
        onCommit={(seconds) => edit((current: Scenario) => ({ ...current, durationMs: seconds * 1000 }))}
      />
    </fieldset>
  );
}

function noteFor(stream: TrafficStream | undefined): string | undefined {
  if (stream === undefined) return text.noStream;
  // Read before narrowing, because every pattern left after the checks below may be unnamed.
  const pattern: string = stream.pattern;
  if (stream.pattern === 'times') return text.timesNote(stream.atMs.length);
  if (!isEditable(stream)) return text.fixedNote(pattern);
  return undefined;
}
