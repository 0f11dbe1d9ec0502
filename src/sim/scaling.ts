import {
  LEGACY_STEP_ENVIRONMENTS,
  LEGACY_STEP_MS,
  STANDARD_SCALING_ENVIRONMENTS,
  STANDARD_SCALING_WINDOW_MS,
} from './model-facts';
import type { ScalingModel } from './types';

/** Decides whether the function may start one more environment now. */
export interface ScalingRate {
  /** Returns true and uses up one start when allowed; returns false when the rate throttles it. */
  tryStart(nowMs: number, concurrency: number): boolean;
  /** Tells the model the concurrency changed; the legacy model tracks its burst with it. */
  observe(nowMs: number, concurrency: number): void;
  /** Environments that could start right now, for display. */
  headroom(nowMs: number, concurrency: number): number;
}

/**
 * Standard scaling (since November 2023): a bucket of 1,000 starts per function that refills
 * continuously at 1,000 per 10 s and is capped at 1,000, so unused rate is not banked.
 */
export class StandardScaling implements ScalingRate {
  private readonly capacity = STANDARD_SCALING_ENVIRONMENTS;
  private readonly refillPerMs = STANDARD_SCALING_ENVIRONMENTS / STANDARD_SCALING_WINDOW_MS;
  private tokens = STANDARD_SCALING_ENVIRONMENTS;
  private updatedMs = 0;

  tryStart(nowMs: number): boolean {
    this.refill(nowMs);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  observe(): void {}

  headroom(nowMs: number): number {
    this.refill(nowMs);
    return Math.floor(this.tokens);
  }

  private refill(nowMs: number): void {
    if (nowMs > this.updatedMs) {
      this.tokens = Math.min(this.capacity, this.tokens + (nowMs - this.updatedMs) * this.refillPerMs);
      this.updatedMs = nowMs;
    }
  }
}

/**
 * Legacy scaling (before November 2023): concurrency may jump to the Region's burst at once, then grow
 * by 500 environments for each full minute since scaling began. AWS did not say when the extra
 * headroom lapses; here it lapses once concurrency has stayed below the burst for a whole minute.
 */
export class LegacyScaling implements ScalingRate {
  private episodeStartMs = NaN;
  /** Last moment concurrency was at or above the burst; -Infinity if it never was. */
  private atBurstMs = -Infinity;
  private lastConcurrency = 0;

  constructor(private readonly burst: number) {}

  tryStart(nowMs: number, concurrency: number): boolean {
    return concurrency < this.ceiling(nowMs, concurrency);
  }

  observe(nowMs: number, concurrency: number): void {
    if (concurrency >= this.burst || this.lastConcurrency >= this.burst) this.atBurstMs = nowMs;
    this.lastConcurrency = concurrency;
  }

  headroom(nowMs: number, concurrency: number): number {
    return Math.max(0, this.ceiling(nowMs, concurrency) - concurrency);
  }

  /** Returns the concurrency the model allows at `nowMs`, starting a new scaling episode when the last lapsed. */
  ceiling(nowMs: number, concurrency: number): number {
    const lapsed = concurrency < this.burst && nowMs - this.atBurstMs >= LEGACY_STEP_MS;
    if (Number.isNaN(this.episodeStartMs) || lapsed) this.episodeStartMs = nowMs;
    const steps = Math.floor((nowMs - this.episodeStartMs) / LEGACY_STEP_MS);
    return this.burst + steps * LEGACY_STEP_ENVIRONMENTS;
  }
}

/** No scaling-rate limit: only the concurrency limit applies. */
export class UnlimitedScaling implements ScalingRate {
  tryStart(): boolean {
    return true;
  }

  observe(): void {}

  headroom(): number {
    return Infinity;
  }
}

/** Creates the scaling-rate model named in the scenario. */
export function createScalingRate(model: ScalingModel, legacyBurst: number): ScalingRate {
  switch (model) {
    case 'standard':
      return new StandardScaling();
    case 'legacy':
      return new LegacyScaling(legacyBurst);
    case 'unlimited':
      return new UnlimitedScaling();
  }
}
