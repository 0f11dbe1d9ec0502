import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../sim/scenario/parse';
import { SPEED_MAX, SPEED_MIN } from '../../store/app-state';
import { readUrlOptions } from '../../url-options';
import { expectExplains, quotedStart } from './message-checks';

/** A query parameter value: short words, numbers, JSON of anything, or long junk. */
const parameterValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.double().map(String),
  fc.anything().map((value) => JSON.stringify(value) ?? 'undefined'),
  fc.string({ minLength: 3_000, maxLength: 10_000 }),
);

const parameterName = fc.constantFrom('preset', 'scenario', 'speed', 'autoplay', 'workshop', 'tour', 's');

describe('readUrlOptions on hostile addresses', () => {
  it('never throws and keeps a valid state', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(parameterName, parameterValue), { maxLength: 4 }), (entries) => {
        const search = `?${new URLSearchParams(entries).toString()}`;
        const options = readUrlOptions(search);

        expect(parseScenario(options.scenario).ok).toBe(true);
        expect(options.speed).toBeGreaterThanOrEqual(SPEED_MIN);
        expect(options.speed).toBeLessThanOrEqual(SPEED_MAX);
        expect(typeof options.autoplay).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('explains an invalid speed', () => {
    fc.assert(
      fc.property(parameterValue, (value) => {
        const options = readUrlOptions(`?${new URLSearchParams({ speed: value }).toString()}`);
        if (options.notices.length === 0) return;

        expect(options.notices).toHaveLength(1);
        expectExplains(options.notices[0], 'speed');
        expect(options.notices[0]).toContain(quotedStart(value));
      }),
      { numRuns: 300 },
    );
  });

  it('explains an unknown preset', () => {
    fc.assert(
      fc.property(parameterValue, (value) => {
        const options = readUrlOptions(`?${new URLSearchParams({ preset: value }).toString()}`);
        if (options.notices.length === 0) return;

        expect(options.notices).toHaveLength(1);
        expectExplains(options.notices[0], 'preset');
        expect(options.notices[0]).toContain(quotedStart(value));
      }),
      { numRuns: 300 },
    );
  });

  it('explains an invalid scenario', () => {
    const scenarioText = fc.oneof(parameterValue, fc.anything().map((value) => JSON.stringify({ version: 1, durationMs: value })));
    fc.assert(
      fc.property(scenarioText, (value) => {
        const options = readUrlOptions(`?${new URLSearchParams({ scenario: value }).toString()}`);
        if (options.presetName === null) return;

        expect(options.notices).toHaveLength(1);
        expectExplains(options.notices[0], 'scenario');
      }),
      { numRuns: 300 },
    );
  });
});
