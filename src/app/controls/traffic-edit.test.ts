import { describe, expect, it } from 'vitest';
import type { TrafficStream } from '../../sim/types';
import { averageRatePerSec, EDITABLE_PATTERNS, streamOfPattern } from './traffic-edit';

describe('averageRatePerSec', () => {
  it('reads each pattern', () => {
    const cases: [TrafficStream, number][] = [
      [{ source: 'sqs', pattern: 'poisson', ratePerSec: 4 }, 4],
      [{ source: 'sqs', pattern: 'constant', ratePerSec: 3 }, 3],
      [{ source: 'sqs', pattern: 'periodic', meanPerSec: 5, amplitudePerSec: 1, periodMs: 1000 }, 5],
      [{ source: 'sqs', pattern: 'ramp', fromPerSec: 1, toPerSec: 9, overMs: 1000 }, 9],
      [{ source: 'sqs', pattern: 'burst', count: 100, atMs: 0 }, 10],
      [{ source: 'sqs', pattern: 'times', atMs: [0, 1, 2] }, 0.3],
    ];
    for (const [stream, rate] of cases) {
      expect(averageRatePerSec(stream, 10_000), stream.pattern).toBeCloseTo(rate);
    }
  });
});

describe('streamOfPattern', () => {
  it('keeps source and label', () => {
    for (const pattern of EDITABLE_PATTERNS) {
      const stream = streamOfPattern(pattern, 's3', 5, 60_000, 'uploads');
      expect(stream.pattern).toBe(pattern);
      expect(stream.source).toBe('s3');
      expect(stream.label).toBe('uploads');
    }
  });

  it('carries the rate over', () => {
    expect(streamOfPattern('poisson', 'sqs', 5, 60_000)).toEqual({ source: 'sqs', pattern: 'poisson', ratePerSec: 5 });
    expect(streamOfPattern('burst', 'sqs', 5, 60_000)).toEqual({ source: 'sqs', pattern: 'burst', count: 50, atMs: 1000 });
    expect(streamOfPattern('ramp', 'sqs', 5, 60_000)).toMatchObject({ fromPerSec: 0.5, toPerSec: 5, overMs: 60_000 });
    expect(streamOfPattern('periodic', 'sqs', 5, 60_000)).toMatchObject({ meanPerSec: 5, amplitudePerSec: 2.5 });
  });

  it('falls back to a default rate', () => {
    expect(streamOfPattern('constant', 'sqs', 0, 60_000)).toMatchObject({ ratePerSec: 2 });
  });
});
