/**
 * The run in the address: `#s=v1.<payload>`, where the payload is base64url of raw-DEFLATE JSON that
 * contains the scenario (with its seed), the inputs applied during the run, the playback position and the
 * pinned notes. Reading validates everything: the envelope with valibot, each scenario with
 * parseScenario, so a damaged or hostile link yields a message and never a half-loaded run.
 */
import * as v from 'valibot';
import { isPresetName, PRESET_NAMES, type PresetName } from '../../sim/presets';
import { parseScenario } from '../../sim/scenario/parse';
import { SOURCE_KINDS, type Scenario } from '../../sim/types';
import { fromBase64Url, toBase64Url } from './base64url';
import { deflate, inflate } from './deflate';
import type { RecordedInput } from './run-timeline';
import { SHARE_STRINGS } from './share-strings';

/** Key of the fragment parameter. A fragment never reaches a server, so links leak nothing to hosts. */
export const STATE_KEY = 's';
const VERSION = 'v1';

/** Maximum length of the state value read. A real run with a few dozen setting changes stays far below it. */
export const MAX_LINK_CHARS = 60_000;
/** Largest decompressed payload accepted, against links that expand to gigabytes. */
export const MAX_PAYLOAD_BYTES = 1_000_000;
const MAX_INPUTS = 2_000;
const MAX_NOTES = 100;
/** Maximum length of a note, so a pinned note stays a label and not a page. */
export const MAX_NOTE_CHARS = 280;
/** Scenario errors listed in a message at most. */
const ERRORS_SHOWN = 3;

/** A note pinned on an environment at a simulated moment, as a link carries it. */
export interface SharedNote {
  atMs: number;
  environmentId: number;
  text: string;
}

/** Everything a link restores. */
export interface SharedState {
  scenario: Scenario;
  presetName: PresetName | null;
  inputs: RecordedInput[];
  atMs: number;
  notes: SharedNote[];
}

export type ReadSharedResult = { ok: true; state: SharedState } | { ok: false; reason: string };

// JSON.parse reads 1e400 as Infinity, and valibot's message for finite() names no allowed range.
const time = v.pipe(
  v.number(),
  v.finite((issue) => `Invalid value: Expected a finite number of milliseconds, 0 or more, but received ${issue.received}`),
  v.minValue(0),
);
const inputSchema = v.variant('kind', [
  v.strictObject({ atMs: time, kind: v.literal('reconfigure'), scenario: v.unknown() }),
  v.strictObject({ atMs: time, kind: v.literal('send-event'), source: v.picklist(SOURCE_KINDS) }),
  v.strictObject({ atMs: time, kind: v.literal('fail-event'), eventId: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
]);
const noteSchema = v.strictObject({
  atMs: time,
  environmentId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  text: v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS)),
});
const payloadSchema = v.strictObject({
  scenario: v.unknown(),
  preset: v.optional(v.picklist(PRESET_NAMES)),
  atMs: v.optional(time, 0),
  inputs: v.optional(v.pipe(v.array(inputSchema), v.maxLength(MAX_INPUTS)), []),
  notes: v.optional(v.pipe(v.array(noteSchema), v.maxLength(MAX_NOTES)), []),
});

/** Builds the fragment (without '#') that restores `state`. */
export async function writeSharedState(state: SharedState): Promise<string> {
  const payload = {
    scenario: state.scenario,
    ...(state.presetName === null ? {} : { preset: state.presetName }),
    atMs: state.atMs,
    inputs: state.inputs,
    notes: state.notes,
  };
  const compressed = await deflate(new TextEncoder().encode(JSON.stringify(payload)));
  return `${STATE_KEY}=${VERSION}.${toBase64Url(compressed)}`;
}

/** Returns the state value in a fragment such as `#s=v1.abc`, or null when the fragment has none. */
export function findStateParam(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(STATE_KEY);
}

/** Reads a state value written by {@link writeSharedState}. Never throws: problems become a reason. */
export async function readSharedState(value: string): Promise<ReadSharedResult> {
  const reasons = SHARE_STRINGS.reasons;
  if (value.length > MAX_LINK_CHARS) return fail(reasons.tooLong(MAX_LINK_CHARS));

  const dot = value.indexOf('.');
  const version = dot < 0 ? value.slice(0, 12) : value.slice(0, dot);
  if (version !== VERSION) return fail(reasons.version(version));

  const bytes = fromBase64Url(value.slice(dot + 1));
  if (bytes === null) return fail(reasons.notBase64);

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await inflate(bytes, MAX_PAYLOAD_BYTES));
  } catch (error) {
    return fail(error instanceof RangeError ? reasons.tooLarge(MAX_PAYLOAD_BYTES) : reasons.notCompressed);
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(reasons.notJson(error instanceof Error ? error.message : String(error)));
  }
  return validatePayload(json);
}

function validatePayload(json: unknown): ReadSharedResult {
  const reasons = SHARE_STRINGS.reasons;
  const parsed = v.safeParse(payloadSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue) ?? 'payload';
    return fail(reasons.field(path, shortenReceived(issue)));
  }
  const payload = parsed.output;

  const scenario = parseScenario(payload.scenario);
  if (!scenario.ok) return fail(reasons.scenario(firstMessages(scenario.errors)));

  const inputs: RecordedInput[] = [];
  let previousMs = 0;
  for (const [index, input] of payload.inputs.entries()) {
    if (input.atMs < previousMs) return fail(reasons.order);
    previousMs = input.atMs;
    if (input.kind !== 'reconfigure') {
      inputs.push(input);
      continue;
    }
    const changed = parseScenario(input.scenario);
    if (!changed.ok) return fail(reasons.inputScenario(index, firstMessages(changed.errors)));
    inputs.push({ atMs: input.atMs, kind: 'reconfigure', scenario: changed.scenario });
  }

  const presetName = payload.preset !== undefined && isPresetName(payload.preset) ? payload.preset : null;
  return {
    ok: true,
    state: { scenario: scenario.scenario, presetName, inputs, atMs: payload.atMs, notes: payload.notes },
  };
}

function firstMessages(errors: readonly { message: string }[]): string {
  const shown = errors.slice(0, ERRORS_SHOWN).map((error) => error.message);
  if (errors.length > ERRORS_SHOWN) shown.push(`(${errors.length - ERRORS_SHOWN} more)`);
  return shown.join(' ');
}

/** Characters of a received value quoted in a reason; a hostile link could otherwise carry a huge one. */
const RECEIVED_MAX = 40;

/** Returns valibot's message with the received value cut to RECEIVED_MAX characters. */
function shortenReceived(issue: v.BaseIssue<unknown>): string {
  if (issue.received.length <= RECEIVED_MAX) return issue.message;
  // A replacer function, because a replacement string would expand `$&` and the like from the value.
  return issue.message.replace(issue.received, () => `${issue.received.slice(0, RECEIVED_MAX)}…`);
}

function fail(reason: string): ReadSharedResult {
  return { ok: false, reason };
}
