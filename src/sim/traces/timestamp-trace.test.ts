import { describe, expect, it } from 'vitest';
import { createTraceParser, parseTraceText } from './parse-trace';
import type { TraceResult } from './trace-result';

type Parsed = Extract<TraceResult, { ok: true }>;
type Failed = Extract<TraceResult, { ok: false }>;

function parsed(text: string, options: Parameters<typeof parseTraceText>[1] = {}): Parsed {
  const result = parseTraceText(text, { format: 'timestamps', ...options });
  if (!result.ok) throw new Error(result.message);
  return result;
}

function failed(text: string): Failed {
  const result = parseTraceText(text, { format: 'timestamps' });
  if (result.ok) throw new Error('expected the trace to be rejected');
  return result;
}

describe('timestamp trace', () => {
  it('reads milliseconds without a header', () => {
    const result = parsed('1000\n1250\n\n1100\n');

    expect(result.streams).toEqual([{ source: 'api-gateway', label: 'trace (api-gateway)', pattern: 'times', atMs: [0, 250, 100] }]);
    expect(result.arrivals).toBe(3);
    expect(result.spanMs).toBe(250);
  });

  it('splits streams by the source column', () => {
    const result = parsed('source,timestamp\ns3,2024-03-01T00:00:01Z\nsqs,2024-03-01T00:00:00.5Z\ns3,2024-03-01T00:00:02Z');

    expect(result.streams.map((stream) => stream.source)).toEqual(['s3', 'sqs']);
    expect(result.streams[0]).toMatchObject({ pattern: 'times', atMs: [500, 1_500] });
    expect(result.streams[1]).toMatchObject({ pattern: 'times', atMs: [0] });
  });

  it('reads a source column without a header', () => {
    const result = parsed('5,sns\n7,\n9,sns', { defaultSource: 's3' });

    expect(result.streams.map((stream) => [stream.source, stream.pattern === 'times' && stream.atMs])).toEqual([
      ['sns', [0, 4]],
      ['s3', [2]],
    ]);
  });

  it('names line and column of a bad timestamp', () => {
    const lines = ['id,time', ...Array.from({ length: 10 }, (_, index) => `${index},${index * 10}`), '11,abc'];
    const result = failed(lines.join('\n'));

    expect(result.errors).toEqual([
      {
        line: 12,
        column: 2,
        message: 'line 12, column 2: "abc" is not a timestamp; expected milliseconds or an ISO-8601 date',
      },
    ]);
  });

  it('rejects mixed formats', () => {
    const result = failed('10\n2024-03-01T00:00:00Z');

    expect(result.errors[0].message).toBe(
      'line 2, column 1: "2024-03-01T00:00:00Z" mixes formats; expected milliseconds like line 1',
    );
  });

  it('rejects an unknown source', () => {
    const result = failed('time,source\n1,kafka');

    expect(result.errors[0].message).toContain('line 2, column 2: "kafka" is not a source; expected one of "api-gateway"');
  });

  it('rejects a header without a timestamp column', () => {
    const result = failed('when,source\n1,s3');

    expect(result.errors[0].line).toBe(1);
    expect(result.errors[0].message).toContain('a header with a column named timestamp, time');
  });

  it('rejects an empty file', () => {
    expect(failed('\n\n').message).toBe('line 1: the file contains no arrivals; expected one timestamp per line');
  });

  it('caps the errors it keeps', () => {
    const result = failed(['0', ...Array.from({ length: 25 }, () => 'x')].join('\n'));

    expect(result.errors).toHaveLength(20);
    expect(result.errorCount).toBe(25);
    expect(result.message.split('\n').at(-1)).toBe('… and 5 more problems.');
  });

  it('gives the same result in small chunks', () => {
    const rows = Array.from({ length: 500 }, (_, index) => `${index * 3},${index % 2 ? 's3' : 'sns'}`);
    const text = `time,source\n${rows.join('\r\n')}`;
    const parser = createTraceParser('timestamps');
    for (let start = 0; start < text.length; start += 7) parser.push(text.slice(start, start + 7));

    expect(parser.finish()).toEqual(parsed(text));
  });

  it('reports progress up to 1', () => {
    const fractions: number[] = [];
    parsed('1\n2\n3', { onProgress: (fraction) => fractions.push(fraction) });

    expect(fractions).toEqual([1]);
  });
});
