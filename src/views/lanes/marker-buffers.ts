/** Points of one marker kind collected during a frame, drawn together with one path. Reused across frames. */
export class PointBatch {
  private coords = new Float32Array(2 * 128);
  count = 0;

  clear(): void {
    this.count = 0;
  }

  add(x: number, y: number): void {
    if ((this.count + 1) * 2 > this.coords.length) {
      const next = new Float32Array(this.coords.length * 2);
      next.set(this.coords);
      this.coords = next;
    }
    this.coords[this.count * 2] = x;
    this.coords[this.count * 2 + 1] = y;
    this.count++;
  }

  x(index: number): number {
    return this.coords[index * 2];
  }

  y(index: number): number {
    return this.coords[index * 2 + 1];
  }
}

/** Positions of the markers drawn this frame, so a click can find the invocation under the pointer. */
export class MarkerHits {
  private readonly points = new PointBatch();
  private ids = new Float64Array(128);

  clear(): void {
    this.points.clear();
  }

  add(x: number, y: number, id: number): void {
    const index = this.points.count;
    this.points.add(x, y);
    if (index >= this.ids.length) {
      const next = new Float64Array(this.ids.length * 2);
      next.set(this.ids);
      this.ids = next;
    }
    this.ids[index] = id;
  }

  /** Returns the id of the marker nearest to (x, y) within `radius`, or -1. Later markers win ties, as they are drawn on top. */
  find(x: number, y: number, radius: number): number {
    let best = -1;
    let bestDistance = radius * radius;
    for (let i = 0; i < this.points.count; i++) {
      const dx = this.points.x(i) - x;
      const dy = this.points.y(i) - y;
      const distance = dx * dx + dy * dy;
      if (distance <= bestDistance) {
        bestDistance = distance;
        best = this.ids[i];
      }
    }
    return best;
  }
}
