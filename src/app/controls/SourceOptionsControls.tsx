import { INVOCATION_MODE } from '../../sim/sources/source-defaults';
import type { SourceOptions, TrafficStream } from '../../sim/types';
import { selectScenario } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { STRINGS } from '../strings';
import { AsyncFields, GatewayFields } from './PushedSourceFields';
import { QueueFields, StreamFields } from './PolledSourceFields';
import { SOURCE_OPTION_STRINGS as text } from './source-options-strings';
import { useScenarioEditor } from './use-scenario-editor';

/** Applies a change to one stream's options; returns null when applied or the validation message. */
export type SetOptions = (changes: SourceOptions) => string | null;

/**
 * Renders the options of each traffic stream's source: the API Gateway timeout, the asynchronous
 * retries, or the event source mapping of a stream or queue. Every change goes through the
 * scenario's validation, so a value outside the range AWS accepts is shown as a message, not run.
 */
export function SourceOptionsControls() {
  const scenario = useAppStore(selectScenario);
  const edit = useScenarioEditor();

  return (
    <>
      {scenario.traffic.map((stream, index) => {
        const setOptions: SetOptions = (changes) =>
          edit((current) => ({
            ...current,
            traffic: current.traffic.map((candidate, i) =>
              i === index ? { ...candidate, options: { ...candidate.options, ...changes } } : candidate,
            ),
          }));
        return <SourceOptionsGroup key={index} stream={stream} setOptions={setOptions} />;
      })}
    </>
  );
}

function SourceOptionsGroup({ stream, setOptions }: { stream: TrafficStream; setOptions: SetOptions }) {
  if (stream.source === 'manual') return null;
  const name = STRINGS.sources[stream.source];
  const options = stream.options ?? {};

  let fields;
  switch (INVOCATION_MODE[stream.source]) {
    case 'sync':
      fields = <GatewayFields options={options} setOptions={setOptions} />;
      break;
    case 'async':
      fields = <AsyncFields options={options} setOptions={setOptions} />;
      break;
    case 'stream':
      fields = <StreamFields options={options} setOptions={setOptions} />;
      break;
    case 'queue':
      fields = <QueueFields options={options} setOptions={setOptions} />;
      break;
  }

  return (
    <fieldset className="control-group">
      <legend>{text.legend(stream.label ?? name, name)}</legend>
      <p className="panel-note">{text.note}</p>
      {INVOCATION_MODE[stream.source] === 'stream' && <p className="panel-note">{text.shardsNote}</p>}
      {fields}
    </fieldset>
  );
}
