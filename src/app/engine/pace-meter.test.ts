import { describe, expect, it } from 'vitest';
import { PaceMeter } from './pace-meter';

function feed(meter: PaceMeter, frames: number, requestedMs: number, advancedMs: number): void {
  for (let i = 0; i < frames; i++) meter.record(16, requestedMs, advancedMs);
}

describe('PaceMeter', () => {
  it('keeps pace when every frame does its share', () => {
    const meter = new PaceMeter();
    feed(meter, 60, 16 * 100, 16 * 100);
    const pace = meter.read(100);
    expect(pace.behind).toBe(false);
    expect(pace.actual).toBeCloseTo(100);
  });

  it('reports the speed reached when behind', () => {
    const meter = new PaceMeter();
    feed(meter, 60, 16 * 1000, 16 * 37);
    const pace = meter.read(1000);
    expect(pace.behind).toBe(true);
    expect(pace.actual).toBeCloseTo(37);
  });

  it('waits for half a second of frames', () => {
    const meter = new PaceMeter();
    feed(meter, 10, 16 * 1000, 0);
    expect(meter.read(1000).behind).toBe(false);
  });

  it('does not flicker near the threshold', () => {
    const meter = new PaceMeter();
    feed(meter, 60, 1000, 800);
    expect(meter.read(62.5).behind).toBe(true);
    // 93% of the requested speed is above the threshold for falling behind but below catching up.
    feed(meter, 70, 1000, 930);
    expect(meter.read(62.5).behind).toBe(true);
    feed(meter, 70, 1000, 1000);
    expect(meter.read(62.5).behind).toBe(false);
  });

  it('forgets frames on reset', () => {
    const meter = new PaceMeter();
    feed(meter, 60, 1000, 10);
    expect(meter.read(62.5).behind).toBe(true);
    meter.reset();
    expect(meter.read(62.5).behind).toBe(false);
  });
});
