/**
 * The postMessage protocol between an embedded lambda-lanes and its host page. Every message, in
 * both directions, is an object with `protocol: 'lambda-lanes/1'` and a `type`, so that messages of
 * other scripts on the page are never mistaken for commands. docs/embedding.md documents it.
 */
import * as v from 'valibot';
import { PRESET_NAMES } from '../../sim/presets';
import { SPEED_MAX, SPEED_MIN } from '../store/app-state';

export const PROTOCOL = 'lambda-lanes/1';

/** Commands a host page may send. `load-scenario` carries a scenario as in a scenario file. */
export const commandSchema = v.variant('type', [
  v.strictObject({ protocol: v.literal(PROTOCOL), type: v.literal('play') }),
  v.strictObject({ protocol: v.literal(PROTOCOL), type: v.literal('pause') }),
  v.strictObject({
    protocol: v.literal(PROTOCOL),
    type: v.literal('set-speed'),
    // valibot's own message for finite() names no allowed range, so this one gives it.
    speed: v.pipe(
      v.number(),
      v.finite((issue) => `Invalid value: Expected a number from ${SPEED_MIN} to ${SPEED_MAX} but received ${issue.received}`),
      v.minValue(SPEED_MIN),
      v.maxValue(SPEED_MAX),
    ),
  }),
  v.strictObject({ protocol: v.literal(PROTOCOL), type: v.literal('load-preset'), preset: v.picklist(PRESET_NAMES) }),
  v.strictObject({ protocol: v.literal(PROTOCOL), type: v.literal('load-scenario'), scenario: v.unknown() }),
]);

export type EmbedCommand = v.InferOutput<typeof commandSchema>;

/** Messages the embedded app sends to its host page. */
export type EmbedEvent =
  | { protocol: typeof PROTOCOL; type: 'ready' }
  | { protocol: typeof PROTOCOL; type: 'height'; height: number }
  | { protocol: typeof PROTOCOL; type: 'state'; playing: boolean; nowMs: number; speed: number; preset: string | null }
  | { protocol: typeof PROTOCOL; type: 'rejected'; command: string; reason: string };

/** Returns a readable reason why `data` is not a valid command, or the command itself. */
export function parseCommand(data: unknown): { ok: true; command: EmbedCommand } | { ok: false; reason: string } {
  const result = v.safeParse(commandSchema, data);
  if (result.success) return { ok: true, command: result.output };
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  const message = shortenReceived(issue);
  return { ok: false, reason: path === null ? message : `${path}: ${message}` };
}

/** Characters of a received value quoted in a reason; a hostile page could otherwise send a huge one. */
const RECEIVED_MAX = 40;

/** Returns valibot's message with the received value cut to RECEIVED_MAX characters. */
function shortenReceived(issue: v.BaseIssue<unknown>): string {
  if (issue.received.length <= RECEIVED_MAX) return issue.message;
  // A replacer function, because a replacement string would expand `$&` and the like from the value.
  return issue.message.replace(issue.received, () => `${issue.received.slice(0, RECEIVED_MAX)}…`);
}
