/**
 * Measures the speed the simulation actually runs at, so the app can show honestly when it runs
 * slower than the speed the person picked.
 */

/** How much recent wall time the measured speed averages over. */
const WINDOW_MS = 1_000;

/** Below this share of the requested speed the run counts as behind. */
const BEHIND_BELOW = 0.9;

/** A run that is behind counts as caught up again only above this share, so the note does not flicker. */
const CAUGHT_UP_ABOVE = 0.97;

/** The measured speed of the run, next to the speed requested. */
export interface Pace {
  /** Speed the person picked, as a multiple of wall-clock time. */
  requested: number;
  /** Speed reached over the last second of playback. */
  actual: number;
  /** True while the simulation cannot keep up with the requested speed. */
  behind: boolean;
}

/** The pace while paused or before enough frames were measured. */
export const STEADY_PACE: Pace = { requested: 1, actual: 1, behind: false };

interface FrameSample {
  wallMs: number;
  /** Simulated milliseconds that wall time and speed requested in this frame. */
  requestedMs: number;
  /** Simulated milliseconds the frame actually advanced. */
  advancedMs: number;
}

/** Keeps the frames of the last WINDOW_MS of wall time and compares the simulated time requested with the time reached. */
export class PaceMeter {
  private samples: FrameSample[] = [];
  private windowWallMs = 0;
  private behind = false;

  /** Adds one frame. `requestedMs` excludes time past the scenario's end, which no speed could reach. */
  record(wallMs: number, requestedMs: number, advancedMs: number): void {
    if (wallMs <= 0) return;
    this.samples.push({ wallMs, requestedMs, advancedMs });
    this.windowWallMs += wallMs;
    while (this.samples.length > 1 && this.windowWallMs - this.samples[0].wallMs >= WINDOW_MS) {
      this.windowWallMs -= this.samples[0].wallMs;
      this.samples.shift();
    }
  }

  /** Forgets the measured frames, for example after a pause, a seek or a new run. */
  reset(): void {
    this.samples = [];
    this.windowWallMs = 0;
    this.behind = false;
  }

  /** Returns the pace over the window, judged against `requested`. */
  read(requested: number): Pace {
    let requestedTotal = 0;
    let advanced = 0;
    for (const sample of this.samples) {
      requestedTotal += sample.requestedMs;
      advanced += sample.advancedMs;
    }
    // Too little measured to judge: half a window, or no simulated time asked for.
    if (this.windowWallMs < WINDOW_MS / 2 || requestedTotal <= 0) return { requested, actual: requested, behind: this.behind };

    const share = advanced / requestedTotal;
    if (share < BEHIND_BELOW) this.behind = true;
    else if (share > CAUGHT_UP_ABOVE) this.behind = false;
    return { requested, actual: advanced / this.windowWallMs, behind: this.behind };
  }
}
