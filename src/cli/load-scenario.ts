import { readFileSync } from 'node:fs';
import { presetScenario } from '../sim/presets';
import { parseScenario } from '../sim/scenario/parse';
import type { Scenario } from '../sim/types';
import type { ScenarioSource } from './args';

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** Maximum number of schema errors listed on the error line. The rest are only counted. */
const LISTED_ERRORS_MAX = 20;

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'file not found',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Returns the 1-based line and column of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/**
 * Rewrites a JSON.parse error as one line. V8 gives either a character offset ("in JSON at position
 * 13", followed on Node.js 21 and later by "(line 3 column 3)"), which becomes a line and column, or a copy of the
 * input ("Unexpected token ']', "[1,]" is not valid JSON"), which is dropped because it may be the
 * whole file.
 */
export function describeJsonError(message: string, text: string): string {
  let description = message.replace(/, ".*" is not valid JSON$/s, '').replace(/ \(line \d+ column \d+\)/, '');

  const position = / in JSON at position (\d+)/.exec(description);
  if (position) {
    const { line, column } = lineAndColumn(text, Number(position[1]));
    description = `${description.replace(position[0], '')} at line ${line}, column ${column}`;
  }
  // V8 quotes the offending character as is, which may be a line break.
  return description.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

/** Reads a file as UTF-8 text, or explains in a few words why it could not. */
function readText(path: string): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = typeof code === 'string' && FILE_ERRORS[code] ? FILE_ERRORS[code] : String(error);
    return { ok: false, message: `Failed to read ${path}: ${reason}.` };
  }
}

/** Reads, parses and validates the scenario a command names. Never throws for bad input. */
export function loadScenario(source: ScenarioSource): LoadResult {
  if (source.kind === 'preset') return { ok: true, scenario: presetScenario(source.name) };

  const file = readText(source.path);
  if (!file.ok) return file;

  // Editors on Windows may start UTF-8 files with a byte order mark, which JSON.parse rejects.
  const text = file.text.replace(/^\uFEFF/, '');

  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${source.path} is not valid JSON: ${describeJsonError(message, text)}.` };
  }

  const result = parseScenario(input);
  if (result.ok) return result;

  const listed = result.errors.slice(0, LISTED_ERRORS_MAX).map((error) => error.message.replace(/\.$/, ''));
  const unlisted = result.errors.length - listed.length;
  if (unlisted > 0) listed.push(`and ${unlisted} more`);
  return { ok: false, message: `${source.path} is not a valid scenario: ${listed.join('; ')}.` };
}
