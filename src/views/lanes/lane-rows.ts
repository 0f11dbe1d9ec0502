import type { EnvironmentView } from '../../sim/types';

/** Simulated time over which a terminated lane fades to its resting opacity. */
export const FADE_MS = 3_000;

/** Opacity a terminated lane keeps while the snapshot still lists it. */
export const FADED_ALPHA = 0.3;

/** Returns how opaque a lane is: fully, unless it is terminated and fading out. */
export function laneAlpha(environment: EnvironmentView, nowMs: number): number {
  if (environment.phase !== 'terminated') return 1;
  const progress = Math.min(1, Math.max(0, (nowMs - environment.phaseSinceMs) / FADE_MS));
  return 1 - (1 - FADED_ALPHA) * progress;
}

/**
 * Returns the row of the environment with id `id`, or -1 when the snapshot no longer lists it.
 * Environments come in creation order, so their ids rise and a binary search finds the row.
 */
export function rowOfEnvironment(environments: readonly EnvironmentView[], id: number): number {
  let lo = 0;
  let hi = environments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const midId = environments[mid].id;
    if (midId === id) return mid;
    if (midId < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
