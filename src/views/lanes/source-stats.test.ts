import { describe, expect, it } from 'vitest';
import { counts, sourceView } from './source-fixtures';
import { boxLineCount, boxLines, describeSource, SHARD_ROWS, sourceTitle } from './source-stats';

describe('source stats', () => {
  it('titles a source by its label or kind', () => {
    expect(sourceTitle(sourceView({ label: 'REST API' }))).toBe('REST API');
    expect(sourceTitle(sourceView({ source: 'sqs', mode: 'queue' }))).toBe('SQS');
  });

  it('flags gateway timeouts', () => {
    const view = sourceView({ inFlight: 1, counts: counts({ gatewayTimeouts: 1, throttles: 2 }) });
    const lines = boxLines(view);
    expect(lines.map((line) => line.text)).toEqual(['1 waiting', '504: 1 · 429: 2']);
    expect(lines[1].alert).toBe(true);
    expect(describeSource(view)).toContain('answered 504 Gateway Timeout 1');
  });

  it('shows queue, pollers and retries of SQS', () => {
    const view = sourceView({ source: 'sqs', mode: 'queue', queueDepth: 280, inFlight: 20, pollers: 5, counts: counts({ deadLettered: 7 }) });
    expect(boxLines(view).map((line) => line.text)).toEqual(['visible 280 · in flight 20', 'pollers 5 · retries 0']);
    expect(describeSource(view)).toContain('visible messages 280, in flight 20, pollers 5');
    expect(describeSource(view)).toContain('Dead-lettered 7');
  });

  it('marks a blocked shard', () => {
    const view = sourceView({
      source: 'dynamodb-stream',
      mode: 'stream',
      shards: [
        { id: 0, pending: 12, iteratorAgeMs: 15_000, blocked: true },
        { id: 1, pending: 0, iteratorAgeMs: 0, blocked: false },
      ],
    });
    const lines = boxLines(view);
    expect(lines[0]).toEqual({ text: 'shard 0 BLOCKED 15 s', alert: true });
    expect(lines[1]).toEqual({ text: 'shard 1 · 0 pending', alert: false });
    expect(describeSource(view)).toContain('Shard 0: pending records 12, iterator age 15 s, blocked by a failing batch.');
  });

  it('sums shards past the listed rows', () => {
    const shards = Array.from({ length: SHARD_ROWS + 3 }, (_, id) => ({ id, pending: 0, iteratorAgeMs: 0, blocked: id === SHARD_ROWS + 1 }));
    const view = sourceView({ source: 'dynamodb-stream', mode: 'stream', shards });
    expect(boxLineCount(view)).toBe(SHARD_ROWS + 1);
    expect(boxLines(view)[SHARD_ROWS]).toEqual({ text: '+3 shards, 1 blocked', alert: true });
  });

  it('keeps the line count fixed', () => {
    const view = sourceView({ source: 's3', mode: 'async' });
    expect(boxLines(view)).toHaveLength(boxLineCount(view));
  });
});
