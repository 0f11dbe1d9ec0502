import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../sim/simulation';
import { testScenario } from '../../../sim/test-scenario';
import { CompareSession } from './compare-session';
import { COMPARISONS } from './variants';

const base = testScenario({
  durationMs: 60_000,
  traffic: [{ source: 'api-gateway', pattern: 'poisson', ratePerSec: 4 }],
});
const sides = COMPARISONS.provisioned.sides;
const scenarios: [typeof base, typeof base] = [sides[0].apply(base), sides[1].apply(base)];

describe('CompareSession', () => {
  it('keeps both sides at the same moment', () => {
    const session = new CompareSession(scenarios);
    session.moveTo(12_345);
    expect(session.sides.map((side) => side.nowMs)).toEqual([12_345, 12_345]);
    session.dispose();
  });

  it('feeds both sides the same arrivals', () => {
    const session = new CompareSession(scenarios);
    session.moveTo(30_000);
    const [first, second] = session.sides.map((side) => side.getSnapshot().metrics);
    expect(first.arrivals).toBe(second.arrivals);
    expect(first.arrivals).toBeGreaterThan(50);
    expect(second.coldStarts).toBeLessThan(first.coldStarts);
    session.dispose();
  });

  it('replays to a moment in the past', () => {
    const session = new CompareSession(scenarios);
    session.moveTo(40_000);
    session.moveTo(10_000);
    const reference = new Simulation(scenarios[0]);
    reference.advanceTo(10_000);
    expect(session.sides[0].getSnapshot().metrics.arrivals).toBe(reference.snapshot().metrics.arrivals);
    expect(session.sides[0].timelineData().endMs).toBe(10_000);
    reference.dispose();
    session.dispose();
  });

  it('publishes to subscribed views', () => {
    const session = new CompareSession(scenarios);
    const seen: number[] = [];
    session.sides[1].subscribe((snapshot) => seen.push(snapshot.nowMs));
    session.moveTo(1_000);
    session.moveTo(2_000);
    expect(seen).toEqual([1_000, 2_000]);
    session.dispose();
  });
});
