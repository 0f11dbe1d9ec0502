import { useId, useState } from 'react';
import type { TraceOptions } from '../../../sim/traces/parse-trace';
import { ANALYSIS_STRINGS } from '../analysis-strings';
import { FastForwardProgress } from '../fast-forward/FastForwardProgress';
import { TraceResultView } from './TraceResultView';
import { useTraceImport } from './use-trace-import';

const text = ANALYSIS_STRINGS.traces;

type SampleName = keyof typeof text.samples;
type Spread = NonNullable<TraceOptions['spread']>;

const SAMPLES = Object.keys(text.samples) as SampleName[];
const SPREADS = Object.keys(text.spreads) as Spread[];

/**
 * Imports traffic from a trace file or a shipped sample, parsed in the trace worker with progress.
 * Nothing in the app changes until the person applies a trace that parsed cleanly.
 */
export default function TraceImportPanel() {
  const { state, read, cancel, fail } = useTraceImport();
  const [sample, setSample] = useState<SampleName>(SAMPLES[0]);
  const [spread, setSpread] = useState<Spread>('uniform');
  const fileId = useId();
  const sampleId = useId();
  const spreadId = useId();

  const loadSample = async () => {
    // A relative URL stays on the app's own origin and base path.
    const response = await fetch(`traces/${sample}`).catch((error: unknown) => error as Error);
    if (response instanceof Error || !response.ok) {
      fail(text.fetchFailed(sample, response instanceof Error ? response.message : `HTTP ${response.status}`));
      return;
    }
    read(await response.blob(), { spread });
  };

  const changeSpread = (next: Spread) => {
    setSpread(next);
    if (state.status === 'parsed' && state.result.ok && state.result.rows) {
      read(state.file, { spread: next, row: state.result.chosenRow });
    }
  };

  return (
    <div className="analysis-view">
      <h2>{text.heading}</h2>
      <p className="panel-note">{text.intro}</p>
      <div className="analysis-form">
        <div className="analysis-field">
          <label htmlFor={fileId}>{text.file}</label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) read(file, { spread });
            }}
          />
        </div>
        <div className="analysis-field">
          <label htmlFor={sampleId}>{text.sample}</label>
          <select id={sampleId} value={sample} onChange={(event) => setSample(event.target.value as SampleName)}>
            {SAMPLES.map((name) => (
              <option key={name} value={name}>
                {text.samples[name]}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void loadSample()}>
            {text.loadSample}
          </button>
        </div>
        <div className="analysis-field">
          <label htmlFor={spreadId}>{text.spread}</label>
          <select id={spreadId} value={spread} onChange={(event) => changeSpread(event.target.value as Spread)}>
            {SPREADS.map((name) => (
              <option key={name} value={name}>
                {text.spreads[name]}
              </option>
            ))}
          </select>
        </div>
      </div>

      {state.status === 'reading' && (
        <FastForwardProgress
          label={text.progress}
          fraction={state.fraction}
          description={text.progressText}
          cancelLabel={text.cancel}
          onCancel={cancel}
        />
      )}
      {state.status === 'failed' && <p role="alert">{text.failed(state.message)}</p>}
      {state.status === 'parsed' && (
        <TraceResultView result={state.result} onRow={(row) => read(state.file, { spread, row })} />
      )}
    </div>
  );
}
