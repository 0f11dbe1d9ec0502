import { PRESET_NAMES, PRESETS, type PresetName } from '../../sim/presets';
import { selectEdited, selectPresetName } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { STRINGS } from '../strings';
import { SelectField } from './SelectField';

const PRESET_OPTIONS = PRESET_NAMES.map((name) => ({ value: name, label: name }));

/** Picks a ready-made scenario and shows its caption: what to watch for. */
export function PresetPicker() {
  const presetName = useAppStore(selectPresetName);
  const edited = useAppStore(selectEdited);
  const loadPreset = useAppStore((state) => state.loadPreset);

  // A scenario from the address has no preset; the picker then offers the presets without choosing one.
  const options = presetName === null ? [{ value: 'none' as const, label: '–' }, ...PRESET_OPTIONS] : PRESET_OPTIONS;
  const caption = presetName === null ? undefined : PRESETS[presetName].caption;

  return (
    <div className="preset-picker">
      <SelectField<PresetName | 'none'>
        label={STRINGS.controls.preset}
        value={presetName ?? 'none'}
        options={options}
        onChange={(name) => {
          if (name !== 'none') loadPreset(name);
        }}
        note={caption && (edited ? `${caption} (${STRINGS.controls.presetEdited})` : caption)}
      />
    </div>
  );
}
