import { SPEED_MAX, SPEED_MIN } from './app-state';

/** Round speeds that the + and - keys move between. */
export const SPEED_NOTCHES = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] as const;

/** Clamps a speed into SPEED_MIN..SPEED_MAX; NaN becomes 1. */
export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return 1;
  return Math.min(SPEED_MAX, Math.max(SPEED_MIN, speed));
}

/**
 * Returns the next round speed above (+1) or below (-1) the given one. A speed between two notches
 * moves to the nearer notch in that direction, so 3x goes up to 5x and down to 2x.
 */
export function nudgedSpeed(speed: number, direction: 1 | -1): number {
  // Compare with a relative tolerance so that 0.1 from a log slider still counts as the 0.1 notch.
  const tolerance = speed * 1e-6;
  if (direction > 0) {
    const next = SPEED_NOTCHES.find((notch) => notch > speed + tolerance);
    return next ?? SPEED_MAX;
  }
  const lower = SPEED_NOTCHES.filter((notch) => notch < speed - tolerance);
  return lower.length > 0 ? lower[lower.length - 1] : SPEED_MIN;
}
