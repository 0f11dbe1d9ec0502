import { SOURCE_KINDS } from '../../sim/types';
import { useEngine } from '../engine/engine-context';
import { STRINGS } from '../strings';

/** Renders one button per event source, each of which sends a single event at the current moment. */
export function SendEventButtons() {
  const engine = useEngine();
  return (
    <fieldset className="control-group">
      <legend>{STRINGS.controls.groups.send}</legend>
      <div className="send-buttons">
        {SOURCE_KINDS.map((source) => (
          <button key={source} type="button" onClick={() => engine.sendEvent(source)}>
            {STRINGS.controls.sendEvent(STRINGS.sources[source])}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
