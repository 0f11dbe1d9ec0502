/**
 * Checks shared by the hostile-input property tests: a message about rejected input must name the
 * field, show the value and state what is allowed, in a length a person can read.
 */
import { expect } from 'vitest';

/** Maximum length of a message from any entry point, so a huge hostile value cannot flood the screen. */
export const MESSAGE_MAX_CHARS = 2_000;

/** Words that introduce what is allowed in the app's messages. */
const ALLOWED_WORDS = /expected|allowed|give|add|use/i;

/** Asserts that `message` is readable and states what is allowed. */
export function expectReadable(message: string): void {
  expect(typeof message).toBe('string');
  expect(message.trim()).not.toBe('');
  expect(message.length).toBeLessThanOrEqual(MESSAGE_MAX_CHARS);
  expect(message).toMatch(ALLOWED_WORDS);
}

/** Asserts that `message` names `field` and is readable. */
export function expectExplains(message: string, field: string): void {
  expectReadable(message);
  expect(message).toContain(field);
}

/** Returns the start of a value, which every message quotes even when it shortens the value. */
export function quotedStart(value: string): string {
  return value.slice(0, 20);
}
