import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScenarioErrors, parseScenario } from '../sim/scenario/parse';
import { main } from './main';

const EXAMPLES_DIRECTORY = 'examples';
const FORMAT_DOC = readFileSync(join('docs', 'scenario-format.md'), 'utf8');

const exampleFiles = readdirSync(EXAMPLES_DIRECTORY).filter((name) => name.endsWith('.json'));

/** Returns the contents of the fenced blocks of one language in a Markdown text. */
function fencedBlocks(markdown: string, language: string): string[] {
  const pattern = new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g');
  return [...markdown.matchAll(pattern)].map((match) => match[1]);
}

/** Returns the messages of a scenario that must be rejected. */
function messagesOf(input: unknown): string[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.errors.map((error) => error.message);
}

describe('example files', () => {
  it('there are examples', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(exampleFiles)('%s is a valid scenario', (name) => {
    const result = parseScenario(JSON.parse(readFileSync(join(EXAMPLES_DIRECTORY, name), 'utf8')));

    expect(result.ok ? '' : formatScenarioErrors(result.errors)).toBe('');
  });

  it.each(exampleFiles)('%s runs through the command', (name) => {
    let stderr = '';
    const code = main([join(EXAMPLES_DIRECTORY, name)], { stdout: () => undefined, stderr: (text) => (stderr += text) });

    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('scenario format doc', () => {
  const jsonBlocks = fencedBlocks(FORMAT_DOC, 'json');

  it('JSON blocks are valid scenarios', () => {
    expect(jsonBlocks.length).toBeGreaterThanOrEqual(2);
    for (const block of jsonBlocks) {
      // A block is a whole scenario, or a single traffic stream shown on its own.
      const parsed = JSON.parse(block) as Record<string, unknown>;
      const scenario = 'version' in parsed ? parsed : { version: 1, durationMs: 60_000, traffic: [parsed] };
      const result = parseScenario(scenario);

      expect(result.ok ? '' : formatScenarioErrors(result.errors)).toBe('');
    }
  });

  it('complete example matches its file', () => {
    const file = JSON.parse(readFileSync(join(EXAMPLES_DIRECTORY, 'checkout-api.json'), 'utf8')) as unknown;
    const matching = jsonBlocks.filter((block) => JSON.stringify(JSON.parse(block)) === JSON.stringify(file));

    expect(matching).toHaveLength(1);
  });

  it('sample messages are real', () => {
    const [sample] = fencedBlocks(FORMAT_DOC, 'text');
    const produced = messagesOf({
      version: 1,
      durationMs: 1_000,
      function: { memoryMB: 256 },
      platform: { concurrencyLimit: 0 },
      traffic: [
        { source: 's3', pattern: 'times', atMs: [] },
        { source: 's3', pattern: 'poisson' },
      ],
    });

    for (const line of sample.trim().split('\n')) expect(produced).toContain(line);
  });
});
