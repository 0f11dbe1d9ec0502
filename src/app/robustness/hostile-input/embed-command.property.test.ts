import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../sim/presets';
import { parseScenario } from '../../../sim/scenario/parse';
import { handleCommandMessage, type CommandContext } from '../../embed/command-handler';
import { parseCommand, PROTOCOL } from '../../embed/protocol';
import { SPEED_MAX, SPEED_MIN } from '../../store/app-state';
import { createAppStore } from '../../store/app-store';
import { expectReadable } from './message-checks';

const parent = { postMessage: () => undefined } as unknown as MessageEventSource;
const origin = 'https://course.example';

const longString = fc.string({ minLength: 3_000, maxLength: 5_000 });

/** A message that looks like a command: the right protocol, a known or unknown type, random fields. */
const commandLike = fc.record(
  {
    protocol: fc.oneof(fc.constant(PROTOCOL), fc.string(), fc.anything()),
    type: fc.oneof(fc.constantFrom('play', 'pause', 'set-speed', 'load-preset', 'load-scenario'), fc.string(), longString),
    speed: fc.oneof(fc.double(), fc.string(), fc.anything()),
    preset: fc.oneof(fc.string(), longString, fc.anything()),
    scenario: fc.oneof(fc.anything({ maxDepth: 3 }), fc.constant(presetScenario('spike'))),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

function setUp() {
  const warnings: string[] = [];
  const replies: unknown[] = [];
  const store = createAppStore({ scenario: presetScenario('seed-story'), presetName: 'seed-story' });
  const context: CommandContext = {
    store,
    allowedOrigins: new Set([origin]),
    parent,
    reply: (event) => replies.push(event),
    warn: (text) => warnings.push(text),
  };
  return { store, context, warnings, replies };
}

describe('embed commands from a hostile host page', () => {
  it('parseCommand never throws and explains', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: true }), commandLike), (data) => {
        const result = parseCommand(data);
        if (!result.ok) expectReadable(result.reason);
      }),
      { numRuns: 1_000 },
    );
  });

  it('names the field of a wrong value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), longString, fc.double()), (speed) => {
        const result = parseCommand({ protocol: PROTOCOL, type: 'set-speed', speed });
        if (result.ok) return;
        expectReadable(result.reason);
        expect(result.reason).toContain('speed');
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the app state valid', () => {
    fc.assert(
      fc.property(fc.array(commandLike, { maxLength: 5 }), (commands) => {
        const { store, context, warnings } = setUp();
        for (const data of commands) {
          const outcome = handleCommandMessage({ data, origin, source: parent } as MessageEvent, context);
          expect(['executed', 'ignored', 'rejected']).toContain(outcome);
        }

        const state = store.getState();
        expect(parseScenario(state.scenario).ok).toBe(true);
        expect(state.playback.speed).toBeGreaterThanOrEqual(SPEED_MIN);
        expect(state.playback.speed).toBeLessThanOrEqual(SPEED_MAX);
        for (const warning of warnings) expect(warning.length).toBeLessThanOrEqual(4_000);
      }),
      { numRuns: 300 },
    );
  });
});
