import { CopyLinkButton } from './CopyLinkButton';
import { ExportButtons } from './ExportButtons';
import { TimeSlider } from './TimeSlider';
import './share.css';

/** Renders the time slider, then (unless `sliderOnly`) the link and export buttons, in one row under the playback bar. */
export function ShareTools({ sliderOnly = false }: { sliderOnly?: boolean }) {
  return (
    <div className="share-tools">
      <TimeSlider />
      {!sliderOnly && (
        <div className="share-actions">
          <CopyLinkButton />
          <ExportButtons />
        </div>
      )}
    </div>
  );
}
