import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../sim/types';
import { main } from './main';

interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command in process and collects what it writes. */
function run(...argv: string[]): CommandResult {
  let stdout = '';
  let stderr = '';
  const code = main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

/** Runs a command that must succeed and returns its parsed report. */
function report(...argv: string[]): Report {
  const result = run(...argv);
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as Report;
}

const directory = mkdtempSync(join(tmpdir(), 'lambda-lanes-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Writes a file in the test's temporary directory and returns its path. */
function writeTemp(name: string, content: string): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

/** Checks the contract for bad input: exit 2, nothing on stdout, exactly one line on stderr. */
function expectRejected(result: CommandResult): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd()).not.toContain('\n');
  expect(result.stderr.startsWith('simulate: ')).toBe(true);
}

describe('simulate main', () => {
  it('prints the report as indented JSON', () => {
    const result = run('--preset', 'seed-story');

    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${JSON.stringify(JSON.parse(result.stdout), null, 2)}\n`);
  });

  it('runs a scenario file', () => {
    const path = writeTemp(
      'ok.json',
      JSON.stringify({ version: 1, durationMs: 5_000, traffic: [{ source: 's3', pattern: 'times', atMs: [0] }] }),
    );

    const result = report(path);

    expect(result.invocations).toBe(1);
    expect(result.coldStarts).toBe(1);
    expect(result.records).toBeUndefined();
  });

  it('adds records on request', () => {
    const result = report('--preset', 'throttling', '--records');

    expect(result.records).toHaveLength(30);
  });

  it('caps records at the limit', () => {
    const result = report('--preset', 'steady', '--records', '--record-limit', '5');

    expect(result.records).toHaveLength(5);
    expect(result.invocations).toBeGreaterThan(5);
  });

  it('prints help on stdout', () => {
    const result = run('--help');

    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('--record-limit N');
    expect(result.stdout).toContain('seed-story');
  });
});

describe('simulate main rejects', () => {
  const cases: [title: string, argv: string[], fragment: string][] = [
    ['no arguments', [], 'Missing scenario'],
    ['unknown option', ['--fast'], 'Unknown option "--fast"'],
    ['unknown short option', ['-x'], 'Unknown option "-x"'],
    ['unknown preset', ['--preset', 'nope'], 'Unknown preset "nope". Expected one of seed-story,'],
    ['preset without a name', ['--preset'], "'--preset <value>' argument missing"],
    ['file and preset', ['a.json', '--preset', 'steady'], 'not both'],
    ['two files', ['a.json', 'b.json'], 'Expected one scenario file, got 2'],
    ['missing file', [join(tmpdir(), 'no-such-scenario.json')], 'file not found'],
    ['directory', [tmpdir()], 'it is a directory'],
    ['record limit of 0', ['--preset', 'steady', '--records', '--record-limit', '0'], '"0" is invalid'],
    ['record limit as text', ['--preset', 'steady', '--records', '--record-limit', 'ten'], '"ten" is invalid'],
    ['record limit alone', ['--preset', 'steady', '--record-limit', '10'], 'Add --records'],
    ['value on a flag', ['--preset', 'steady', '--records=yes'], "'--records' does not take an argument"],
  ];

  it.each(cases)('%s', (_title, argv, fragment) => {
    const result = run(...argv);

    expectRejected(result);
    expect(result.stderr).toContain(fragment);
  });

  it('bad JSON gives line and column', () => {
    const path = writeTemp('syntax.json', '{\n  "version": 1\n  "durationMs": 5\n}\n');

    const result = run(path);

    expectRejected(result);
    expect(result.stderr).toContain(`${path} is not valid JSON`);
    expect(result.stderr).toContain('at line 3, column 3');
  });

  it('bad JSON without position stays one line', () => {
    const path = writeTemp('token.json', '{"version":\n]');

    const result = run(path);

    expectRejected(result);
    expect(result.stderr).toContain('is not valid JSON');
    expect(result.stderr).not.toContain('"version"');
  });

  it('empty file is invalid JSON', () => {
    const result = run(writeTemp('empty.json', ''));

    expectRejected(result);
    expect(result.stderr).toContain('is not valid JSON');
  });

  it('joins schema errors on one line', () => {
    const path = writeTemp(
      'schema.json',
      JSON.stringify({ version: 1, durationMs: 5_000, platform: { concurrencyLimit: 0 }, function: { memoryMB: 256 } }),
    );

    const result = run(path);

    expectRejected(result);
    expect(result.stderr).toContain(`${path} is not a valid scenario: `);
    expect(result.stderr).toContain('function.memoryMB: unknown field. Did you mean "memoryMb"?');
    expect(result.stderr).toContain('; platform.concurrencyLimit: 0 is invalid. Expected an integer from 1 to 100000');
  });

  it('counts errors past twenty', () => {
    const traffic = Array.from({ length: 25 }, () => ({ source: 's3', pattern: 'times', atMs: [-1] }));
    const path = writeTemp('many.json', JSON.stringify({ version: 1, durationMs: 5_000, traffic }));

    const result = run(path);

    expectRejected(result);
    expect(result.stderr).toContain('traffic[19].atMs[0]');
    expect(result.stderr).not.toContain('traffic[20].atMs[0]');
    expect(result.stderr).toContain('and 5 more.');
  });

  it('accepts a byte order mark', () => {
    const path = writeTemp('bom.json', `\uFEFF${JSON.stringify({ version: 1, durationMs: 1_000 })}`);

    expect(run(path).code).toBe(0);
  });

  it('file name with a line break stays one line', () => {
    const result = run(join(directory, 'no\nsuch.json'));

    expectRejected(result);
  });
});
