import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_INVALID_INPUT, EXIT_OK, main } from '../../../cli/main';
import { presetScenario } from '../../../sim/presets';
import { MESSAGE_MAX_CHARS } from './message-checks';

const directory = mkdtempSync(join(tmpdir(), 'lambda-lanes-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Runs the command and returns its exit status and output. */
function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

/** Asserts the contract of a rejected command: status 2 and one readable line on stderr. */
function expectOneLineError(result: ReturnType<typeof run>): void {
  expect(result.status).toBe(EXIT_INVALID_INPUT);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^simulate: [^\n]+\n$/);
  expect(result.stderr.length).toBeLessThanOrEqual(MESSAGE_MAX_CHARS * 2);
}

/** Arguments a person might mistype: options, option values, and paths that do not exist. */
const argument = fc.oneof(
  fc.constantFrom('--preset', '--records', '--record-limit', '-h', '--', '-x', '--preset=', '--record-limit=0', 'seed-story'),
  fc.string().map((text) => `--${text}`),
  fc.string({ minLength: 1 }).map((text) => join(directory, 'missing', text)),
);

describe('simulate on hostile input', () => {
  it('rejects or runs any command line', () => {
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 4 }), (argv) => {
        const result = run(argv);
        if (result.status === EXIT_OK) {
          expect(result.stderr).toBe('');
          return;
        }
        expectOneLineError(result);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects any broken file in one line', () => {
    const content = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.anything({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? ''),
      fc.anything({ maxDepth: 2 }).map((value) => JSON.stringify({ version: 1, durationMs: 1_000, function: value })),
      fc.string({ minLength: 3_000, maxLength: 6_000 }).map((text) => JSON.stringify({ version: 1, durationMs: text })),
    );
    let fileNumber = 0;
    fc.assert(
      fc.property(content, (text) => {
        const path = join(directory, `scenario-${fileNumber++}.json`);
        writeFileSync(path, text);
        const result = run([path]);
        if (result.status === EXIT_OK) return;
        expectOneLineError(result);
        expect(result.stderr).toContain(path);
      }),
      { numRuns: 300 },
    );
  });

  it('names the field, the value and the range', () => {
    const path = join(directory, 'memory.json');
    writeFileSync(path, JSON.stringify({ ...presetScenario('steady'), function: { memoryMb: 99_999 } }));
    const result = run([path]);
    expectOneLineError(result);
    expect(result.stderr).toContain('function.memoryMb');
    expect(result.stderr).toContain('99999');
    expect(result.stderr).toMatch(/Expected .*128.*10240/);
  });
});
