import { STRINGS } from '../strings';
import { AssumptionControls } from './AssumptionControls';
import { FunctionControls } from './FunctionControls';
import { PlatformControls } from './PlatformControls';
import { PresetPicker } from './PresetPicker';
import { SendEventButtons } from './SendEventButtons';
import { SourceOptionsControls } from './SourceOptionsControls';
import { TrafficControls } from './TrafficControls';

/** Renders the side panel: preset, one-off events, then every setting of the scenario by topic. */
export function ControlsPanel() {
  return (
    <section className="panel controls-panel" aria-labelledby="controls-heading">
      <h2 id="controls-heading">{STRINGS.controls.heading}</h2>
      <PresetPicker />
      <SendEventButtons />
      <p className="panel-note">{STRINGS.controls.appliesNow}</p>
      <TrafficControls />
      <SourceOptionsControls />
      <FunctionControls />
      <PlatformControls />
      <AssumptionControls />
    </section>
  );
}
