import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../sim/presets';
import { parseScenario } from '../../../sim/scenario/parse';
import { parseTraceText } from '../../../sim/traces/parse-trace';
import { TRACE_ERRORS_KEPT } from '../../../sim/traces/trace-errors';
import { SOURCE_KINDS } from '../../../sim/types';
import { scenarioWithTrace } from '../../analysis/traces/trace-scenario';
import { MESSAGE_MAX_CHARS } from './message-checks';

/** A field of a timestamp CSV: plausible timestamps and sources, and junk. */
const timestampField = fc.oneof(
  fc.integer({ min: -1e6, max: 1e12 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom(...SOURCE_KINDS, 'timestamp', 'source', '"quoted', '""', '1e400', '2024-02-30', ''),
  fc.string(),
  fc.string({ minLength: 200, maxLength: 2_000 }),
);

const csvLine = fc.array(timestampField, { minLength: 1, maxLength: 3 }).map((fields) => fields.join(','));
const csvText = fc.array(csvLine, { maxLength: 40 }).chain((lines) =>
  fc.constantFrom('\n', '\r\n', '\r').map((newline) => lines.join(newline)),
);

/** An Azure per-minute counts file: the header, then rows with random counts and junk. */
const azureText = fc
  .array(
    fc.tuple(fc.string(), fc.constantFrom('http', 'queue', 'timer', 'other', ''), fc.array(fc.oneof(fc.nat(100).map(String), fc.string()), { maxLength: 8 })),
    { maxLength: 10 },
  )
  .map((rows) =>
    [
      'HashOwner,HashApp,HashFunction,Trigger,1,2,3,4',
      ...rows.map(([hash, trigger, counts]) => [hash, hash, hash, trigger, ...counts].join(',')),
    ].join('\n'),
  );

function expectWellFormed(text: string): void {
  const result = parseTraceText(text);
  if (!result.ok) {
    expect(result.errorCount).toBeGreaterThanOrEqual(result.errors.length);
    expect(result.errors.length).toBeLessThanOrEqual(TRACE_ERRORS_KEPT);
    for (const issue of result.errors) {
      // Each message names its place, the value (quoted, when there is one) and what was expected.
      expect(issue.message).toMatch(/^line \d+(, column \d+)?: /);
      expect(issue.message).toMatch(/expected/i);
      expect(issue.message.length).toBeLessThanOrEqual(MESSAGE_MAX_CHARS);
    }
    return;
  }

  // A trace the parser accepts must give a scenario, or a reason why it cannot, without throwing.
  const scenario = scenarioWithTrace(presetScenario('steady'), result);
  if (typeof scenario === 'string') expect(scenario.trim()).not.toBe('');
  else expect(parseScenario(scenario).ok).toBe(true);
}

describe('trace parsers on hostile files', () => {
  it('never throw on timestamp files', () => {
    fc.assert(fc.property(csvText, expectWellFormed), { numRuns: 500 });
  });

  it('never throw on per-minute files', () => {
    fc.assert(fc.property(azureText, expectWellFormed), { numRuns: 500 });
  });

  it('never throw on random text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), expectWellFormed), { numRuns: 500 });
  });

  it('turns any valid timestamps into a scenario or a reason', () => {
    const validLine = fc.oneof(
      fc.integer({ min: 0, max: 1e13 }).map(String),
      fc.double({ min: -1e15, max: 1e15, noNaN: true }).map(String),
      fc.tuple(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(...SOURCE_KINDS)).map(([ms, source]) => `${ms},${source}`),
    );
    fc.assert(
      fc.property(fc.array(validLine, { minLength: 1, maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        expectWellFormed(text);
      }),
      { numRuns: 500 },
    );
  });
});
