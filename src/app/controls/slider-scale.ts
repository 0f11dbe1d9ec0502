/**
 * Maps values to slider positions and back. A log scale gives each decade the same length, so one
 * slider can pick both 0.1 and 1,000 events per second with the same precision.
 */

export type SliderScale = 'linear' | 'log';

/** Number of positions of a log slider; enough for three significant digits across four decades. */
export const LOG_SLIDER_STEPS = 1000;

/**
 * A log scale needs positive values, so ranges that start at 0 (such as provisioned concurrency)
 * are shifted by this offset: the slider then spaces log(value + 1) evenly.
 */
function logOffset(min: number): number {
  return min <= 0 ? 1 - min : 0;
}

/** Converts a value to a slider position: the value itself on a linear scale, 0..LOG_SLIDER_STEPS on a log one. */
export function toSliderPosition(value: number, min: number, max: number, scale: SliderScale): number {
  const clamped = Math.min(max, Math.max(min, value));
  if (scale === 'linear') return clamped;

  const offset = logOffset(min);
  const low = Math.log(min + offset);
  const high = Math.log(max + offset);
  return Math.round(((Math.log(clamped + offset) - low) / (high - low)) * LOG_SLIDER_STEPS);
}

/**
 * Converts a slider position back to a value, rounded to `step` and, on a log scale, to two
 * significant digits so the slider lands on readable numbers (120, not 117.3).
 */
export function fromSliderPosition(position: number, min: number, max: number, scale: SliderScale, step: number): number {
  if (scale === 'linear') return clampToStep(position, min, max, step);

  const offset = logOffset(min);
  const low = Math.log(min + offset);
  const high = Math.log(max + offset);
  const raw = Math.exp(low + (position / LOG_SLIDER_STEPS) * (high - low)) - offset;
  return clampToStep(roundSignificant(raw, 2), min, max, step);
}

/**
 * Converts a slider position the user moved to from `current` into a value, making sure the value
 * moves too. On a log scale, neighbouring positions can round to the same readable number, so an arrow
 * key would leave the slider stuck. This goes on in the same direction to the next different value.
 */
export function fromSliderMove(
  position: number,
  current: number,
  min: number,
  max: number,
  scale: SliderScale,
  step: number,
): number {
  const value = fromSliderPosition(position, min, max, scale, step);
  const from = toSliderPosition(current, min, max, scale);
  if (value !== current || position === from || scale === 'linear') return value;

  const direction = position > from ? 1 : -1;
  for (let next = position + direction; next >= 0 && next <= LOG_SLIDER_STEPS; next += direction) {
    const candidate = fromSliderPosition(next, min, max, scale, step);
    if (candidate !== current) return candidate;
  }
  return value;
}

function roundSignificant(value: number, digits: number): number {
  if (value === 0) return 0;
  return Number(value.toPrecision(digits));
}

function clampToStep(value: number, min: number, max: number, step: number): number {
  const stepped = Math.round(value / step) * step;
  // Round away binary noise such as 0.30000000000000004 that multiplying by a decimal step leaves.
  const clean = Number(stepped.toPrecision(12));
  return Math.min(max, Math.max(min, clean));
}
