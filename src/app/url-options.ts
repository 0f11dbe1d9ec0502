/**
 * Reads the app's URL parameters: `preset`, `scenario` (URL-encoded JSON), `autoplay` and `speed`.
 * Invalid values never stop the app: each one becomes a message and the app falls back to a default.
 */
import { isPresetName, PRESET_NAMES, presetScenario, type PresetName } from '../sim/presets';
import { parseScenario } from '../sim/scenario/parse';
import type { Scenario } from '../sim/types';
import { formatSpeed } from './format';
import { SPEED_MAX, SPEED_MIN } from './store/app-state';
import { STRINGS } from './strings';

export const DEFAULT_PRESET: PresetName = 'seed-story';

/** Scenario errors listed in a message at most; a broken file could otherwise fill the screen. */
const ERRORS_SHOWN = 5;

/** Characters of a parameter's value quoted in a message; enough to recognise it, too few to flood the screen. */
const QUOTED_MAX = 40;

function shorten(text: string): string {
  return text.length > QUOTED_MAX ? `${text.slice(0, QUOTED_MAX)}…` : text;
}

export interface UrlOptions {
  scenario: Scenario;
  /** The preset the scenario came from, or null for a scenario given in the address. */
  presetName: PresetName | null;
  autoplay: boolean;
  speed: number;
  /** Messages about invalid parameters, for the person to read and dismiss. */
  notices: string[];
}

/** Reads the options from a query string such as `?preset=spike&autoplay=1`. */
export function readUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search);
  const notices: string[] = [];

  const { scenario, presetName } = readScenario(params, notices);
  const autoplay = params.get('autoplay') === '1' || params.get('autoplay') === 'true';
  const speed = readSpeed(params.get('speed'), notices);

  return { scenario, presetName, autoplay, speed, notices };
}

function readScenario(params: URLSearchParams, notices: string[]): { scenario: Scenario; presetName: PresetName | null } {
  const fallback = { scenario: presetScenario(DEFAULT_PRESET), presetName: DEFAULT_PRESET };

  const scenarioText = params.get('scenario');
  if (scenarioText !== null) {
    let input: unknown;
    try {
      input = JSON.parse(scenarioText);
    } catch (error) {
      notices.push(STRINGS.notices.invalidScenarioJson(error instanceof Error ? error.message : String(error)));
      return fallback;
    }
    const result = parseScenario(input);
    if (result.ok) return { scenario: result.scenario, presetName: null };

    const shown = result.errors.slice(0, ERRORS_SHOWN).map((error) => error.message);
    if (result.errors.length > ERRORS_SHOWN) shown.push(STRINGS.notices.moreErrors(result.errors.length - ERRORS_SHOWN));
    notices.push(STRINGS.notices.invalidScenario(shown.join(' ')));
    return fallback;
  }

  const presetText = params.get('preset');
  if (presetText === null) return fallback;
  if (isPresetName(presetText)) return { scenario: presetScenario(presetText), presetName: presetText };

  notices.push(STRINGS.notices.unknownPreset(shorten(presetText), PRESET_NAMES.join(', ')));
  return fallback;
}

function readSpeed(text: string | null, notices: string[]): number {
  if (text === null) return 1;
  const speed = Number(text);
  if (text.trim() !== '' && Number.isFinite(speed) && speed >= SPEED_MIN && speed <= SPEED_MAX) return speed;

  const range = STRINGS.controls.range(`${formatSpeed(SPEED_MIN)}×`, `${formatSpeed(SPEED_MAX)}×`);
  notices.push(STRINGS.notices.invalidSpeed(shorten(text), range));
  return 1;
}
