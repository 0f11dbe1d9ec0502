import { describe, expect, it } from 'vitest';
import { targetAt } from './hit-test';
import { computeLaneLayout } from './lane-layout';
import { MarkerHits } from './marker-buffers';
import { computeStageGeometry } from './stage-geometry';
import { environment, invocation, snapshot, spans } from './test-snapshots';
import { setTimeMapping, timeToX, type TimeMapping } from './time-window';

const geometry = computeStageGeometry(1000, 500);
const mapping: TimeMapping = { startMs: 0, endMs: 0, left: 0, pxPerMs: 0 };
setTimeMapping(mapping, 0, 4_000, geometry.plotLeft, geometry.plotRight);

const envs = [
  environment(1, spans(['provisioning', 0, 125, 1], ['initializing', 125, 425, 1], ['invoking-cold', 425, 1_425, 1], ['idle', 1_425, NaN])),
  environment(2, spans(['provisioning', 500, 625, 2], ['initializing', 625, 925, 2], ['invoking-cold', 925, NaN, 2])),
];
const recent = [invocation(1, 'cold', 'completed', { environmentId: 1 }), invocation(2, 'cold', 'in-flight', { arrivalMs: 500, environmentId: 2 })];
const state = snapshot(1_800, envs, recent);
const layout = computeLaneLayout(envs.length, geometry.lanesBottom - geometry.lanesTop);

function laneY(row: number): number {
  return geometry.lanesTop + (row + 0.5) * layout.pitch;
}

describe('targetAt', () => {
  it('selects the invocation of a segment', () => {
    const target = targetAt(timeToX(mapping, 1_000), laneY(1), geometry, layout, mapping, state, new MarkerHits());
    expect(target?.selection).toEqual({ kind: 'invocation', id: 2 });
    expect(target?.text).toContain('env 2 · Invoking (cold start)');
  });

  it('selects the environment from an idle segment', () => {
    const target = targetAt(timeToX(mapping, 1_600), laneY(0), geometry, layout, mapping, state, new MarkerHits());
    expect(target?.selection).toEqual({ kind: 'environment', id: 1 });
    expect(target?.text).toContain('Idle');
  });

  it('selects the environment from its label', () => {
    const target = targetAt(geometry.labelRight - 10, laneY(1), geometry, layout, mapping, state, new MarkerHits());
    expect(target).toEqual({ selection: { kind: 'environment', id: 2 }, text: 'env 2' });
  });

  it('prefers a marker over the lane under it', () => {
    const hits = new MarkerHits();
    const x = timeToX(mapping, 500);
    hits.add(x, laneY(1), 2);
    const target = targetAt(x + 2, laneY(1), geometry, layout, mapping, state, hits);
    expect(target?.selection).toEqual({ kind: 'invocation', id: 2 });
    expect(target?.text).toBe('invocation 2 · cold start · API Gateway · arrived 00:00.500');
  });

  it('finds nothing below the lanes or left of the limit', () => {
    const hits = new MarkerHits();
    expect(targetAt(timeToX(mapping, 1_000), laneY(5), geometry, layout, mapping, state, hits)).toBeNull();
    expect(targetAt(geometry.wallX - 5, laneY(0), geometry, layout, mapping, state, hits)).toBeNull();
  });

  it('selects environments in density rows', () => {
    const dense = computeLaneLayout(500, geometry.lanesBottom - geometry.lanesTop);
    const target = targetAt(timeToX(mapping, 1_000), geometry.lanesTop + dense.pitch * 1.5, geometry, dense, mapping, state, new MarkerHits());
    expect(target?.selection).toEqual({ kind: 'environment', id: 2 });
  });
});
