import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Report } from '../sim/types';

/** Runs the real entry point in a child process, as `npm run simulate` does. */
function spawnSimulate(...argv: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/simulate.ts', ...argv], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('simulate process', () => {
  it('exits 0 with only JSON on stdout', () => {
    const result = spawnSimulate('--preset', 'seed-story');

    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect((JSON.parse(result.stdout) as Report).invocations).toBe(3);
  });

  it('exits 2 with one stderr line', () => {
    const result = spawnSimulate('--preset', 'nope');

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Unknown preset "nope"');
  });

  it('stops quietly when the reader closes early', () => {
    // `head` closes the pipe after 10 bytes, long before the report's 140 KB are written.
    const pipeline = 'npx tsx src/cli/simulate.ts --preset steady --records | head -c 10; exit "${PIPESTATUS[0]}"';
    const result = spawnSync('bash', ['-c', pipeline], { encoding: 'utf8' });

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
