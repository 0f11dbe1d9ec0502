/**
 * Rectangles collected during a frame to be filled in one path per colour. Filling thousands of small
 * rectangles one call at a time is what makes a canvas slow; one `fill()` per colour is not. The
 * buffer grows when needed and is reused frame after frame, so the draw loop does not allocate.
 */
export class RectBatch {
  /** x, y, width, height of each rectangle, in CSS pixels. */
  private coords = new Float32Array(4 * 256);
  /** Number of rectangles in the batch. */
  count = 0;

  /** Empties the batch for a new frame, keeping its buffer. */
  clear(): void {
    this.count = 0;
  }

  /**
   * Adds a rectangle, or grows the previous one instead when the result covers the same pixels: when
   * the new one lies in the same row and overlaps or touches it, or continues it straight down (same
   * left edge and width). A fleet doing the same thing at the same moments then costs one rectangle
   * instead of one per environment.
   */
  add(x: number, y: number, width: number, height: number): void {
    const last = (this.count - 1) * 4;
    if (this.count > 0) {
      const coords = this.coords;
      const lastX = coords[last];
      const lastRight = lastX + coords[last + 2];
      if (coords[last + 1] === y && coords[last + 3] === height && x <= lastRight && x + width >= lastX) {
        const left = Math.min(lastX, x);
        coords[last] = left;
        coords[last + 2] = Math.max(lastRight, x + width) - left;
        return;
      }
      const lastBottom = coords[last + 1] + coords[last + 3];
      if (coords[last] === x && coords[last + 2] === width && y >= coords[last + 1] && y <= lastBottom + 0.01) {
        coords[last + 3] = Math.max(lastBottom, y + height) - coords[last + 1];
        return;
      }
    }
    if ((this.count + 1) * 4 > this.coords.length) this.grow();
    const at = this.count * 4;
    this.coords[at] = x;
    this.coords[at + 1] = y;
    this.coords[at + 2] = width;
    this.coords[at + 3] = height;
    this.count++;
  }

  /** Returns one coordinate: `field` 0 is x, 1 y, 2 width, 3 height. */
  get(index: number, field: 0 | 1 | 2 | 3): number {
    return this.coords[index * 4 + field];
  }

  /** Adds every rectangle to the current path of `ctx`. */
  trace(ctx: CanvasRenderingContext2D): void {
    const coords = this.coords;
    for (let i = 0, at = 0; i < this.count; i++, at += 4) {
      ctx.rect(coords[at], coords[at + 1], coords[at + 2], coords[at + 3]);
    }
  }

  private grow(): void {
    const next = new Float32Array(this.coords.length * 2);
    next.set(this.coords);
    this.coords = next;
  }
}
