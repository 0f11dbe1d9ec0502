import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/parse';
import { parseTraceText } from './parse-trace';

const TRACES = join(import.meta.dirname, '..', '..', '..', 'public', 'traces');

describe('shipped traces', () => {
  it.each([
    ['daily-cycle.csv', 'counts', 86_400_000],
    ['batch-jobs.csv', 'times', 14_400_000],
    ['launch-day.csv', 'times', 3_600_000],
  ])('%s parses into a valid scenario', (name, pattern, durationMs) => {
    const text = readFileSync(join(TRACES, name), 'utf8');
    const result = parseTraceText(text);
    if (!result.ok) throw new Error(result.message);
    const scenario = parseScenario({ version: 1, durationMs, traffic: result.streams });

    expect(text.length).toBeLessThan(300_000);
    expect(result.streams[0].pattern).toBe(pattern);
    expect(result.spanMs).toBeLessThanOrEqual(durationMs);
    expect(scenario.ok).toBe(true);
  });
});
