/**
 * Advancing the simulation within a time budget per animation frame. A busy scenario at high speed
 * can ask one frame for more simulated work than the browser can do before the next paint, so the
 * engine advances in slices of simulated time and stops when the frame's budget is used. The part
 * it did not reach is carried to later frames.
 */

/** Wall milliseconds of simulation work per frame, leaving the rest of a 16.7 ms frame to drawing. */
export const FRAME_BUDGET_MS = 8;

/** Smallest slice of simulated time. A single moment still runs whole, however many events it has. */
const MIN_SLICE_MS = 0.01;

/** Slice a fresh advancer starts with; it grows or shrinks from here with the measured cost. */
const FIRST_SLICE_MS = 1;

/**
 * Cuts a stretch of simulated time into slices whose wall cost stays a small part of the budget, so
 * the budget check runs often enough to stop near the budget. The slice size is kept between frames,
 * because the cost per simulated millisecond changes slowly.
 */
export class BudgetedAdvancer {
  private sliceMs = FIRST_SLICE_MS;

  /**
   * @param now wall clock in milliseconds (performance.now in the browser, a fake clock in tests)
   * @param budgetMs wall milliseconds one call to `advance` may spend
   */
  constructor(
    private readonly now: () => number,
    private readonly budgetMs = FRAME_BUDGET_MS,
  ) {}

  /**
   * Calls `advanceTo` with growing simulated times from `fromMs` towards `targetMs` until the target
   * is reached or the budget is used. At least one slice runs, so every frame makes progress.
   * Returns the simulated time reached.
   */
  advance(fromMs: number, targetMs: number, advanceTo: (timeMs: number) => void): number {
    const started = this.now();
    let reached = fromMs;

    while (reached < targetMs) {
      const sliceStart = this.now();
      const next = Math.min(reached + this.sliceMs, targetMs);
      advanceTo(next);
      reached = next;

      const finished = this.now();
      this.adapt(finished - sliceStart);
      if (finished - started >= this.budgetMs) break;
    }
    return reached;
  }

  /** Aims each slice at an eighth to a quarter of the budget. */
  private adapt(sliceCostMs: number): void {
    if (sliceCostMs < this.budgetMs / 8) this.sliceMs *= 2;
    else if (sliceCostMs > this.budgetMs / 4) this.sliceMs = Math.max(MIN_SLICE_MS, this.sliceMs / 2);
  }
}
