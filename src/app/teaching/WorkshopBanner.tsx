import { PRESETS } from '../../sim/presets';
import { selectPresetName, selectScenario } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { useTeaching } from './teaching-context';

/**
 * Shows the lesson in large type in workshop mode: the scenario's name and what to watch, so the
 * room can read what the teacher loaded with N or P.
 */
export function WorkshopBanner() {
  const workshop = useTeaching((state) => state.workshop);
  const presetName = useAppStore(selectPresetName);
  const scenario = useAppStore(selectScenario);
  if (!workshop) return null;

  return (
    <section className="workshop-banner" aria-live="polite">
      <h2>{scenario.name}</h2>
      <p>{presetName === null ? scenario.description : PRESETS[presetName].caption}</p>
    </section>
  );
}
