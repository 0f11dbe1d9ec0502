/**
 * An estimate of the scaling-rate ceiling from a timeline: the concurrency Lambda could reach at
 * once, at the end of each bucket. The simulation does not record its scaling state, so this replays
 * the scaling rules over the timeline's cold starts and concurrency.
 */
import { LegacyScaling } from '../../sim/scaling';
import { STANDARD_SCALING_ENVIRONMENTS, STANDARD_SCALING_WINDOW_MS } from '../../sim/model-facts';
import type { TimelineData } from '../../sim/timeline';
import type { PlatformConfig } from '../../sim/types';

/**
 * Returns the ceiling at the end of each bucket, or null for the unlimited model, which has none.
 *
 * Standard scaling: concurrency plus the starts left in the token bucket, which contains up to
 * 1,000 and refills by 1,000 per 10 s. Cold starts use up tokens. Starts of provisioned environments
 * are not in the timeline, so the estimate runs high while those start.
 *
 * Legacy scaling: the burst plus 500 for each full minute of the scaling episode, by the same rules as
 * the simulation, checked once per bucket instead of at every start.
 */
export function scalingCeiling(
  data: TimelineData,
  platform: Pick<PlatformConfig, 'scaling' | 'legacyBurst'>,
): number[] | null {
  const { concurrency, coldStarts } = data.series;

  if (platform.scaling === 'unlimited') return null;

  if (platform.scaling === 'legacy') {
    const model = new LegacyScaling(platform.legacyBurst);
    return concurrency.map((value, index) => {
      const timeMs = (index + 1) * data.bucketMs;
      model.observe(timeMs, value);
      return model.ceiling(timeMs, value);
    });
  }

  const refill = (STANDARD_SCALING_ENVIRONMENTS / STANDARD_SCALING_WINDOW_MS) * data.bucketMs;
  let tokens = STANDARD_SCALING_ENVIRONMENTS;
  return concurrency.map((value, index) => {
    tokens = Math.max(0, Math.min(STANDARD_SCALING_ENVIRONMENTS, tokens + refill) - coldStarts[index]);
    return value + Math.floor(tokens);
  });
}
