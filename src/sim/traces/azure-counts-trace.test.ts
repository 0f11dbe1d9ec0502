import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../random';
import { parseScenario } from '../scenario/parse';
import { createArrivalGenerator } from '../traffic';
import { detectTraceFormat, parseTraceText, type TraceOptions } from './parse-trace';
import type { TraceResult } from './trace-result';

type Parsed = Extract<TraceResult, { ok: true }>;

const HEADER = 'HashOwner,HashApp,HashFunction,Trigger,1,2,3,4';
const TRACE = [HEADER, 'o1,a1,f1aaaaaaaaaa,http,1,0,2,0', 'o2,a2,f2bbbbbbbbbb,queue,5,5,0,9', 'o3,a3,f3cccccccccc,orchestration,0,0,0,0'].join('\n');

function parsed(text: string, options: TraceOptions = {}): Parsed {
  const result = parseTraceText(text, { format: 'azure-counts', ...options });
  if (!result.ok) throw new Error(result.message);
  return result;
}

function messageOf(text: string, options: TraceOptions = {}): string {
  const result = parseTraceText(text, { format: 'azure-counts', ...options });
  if (result.ok) throw new Error('expected the trace to be rejected');
  return result.message;
}

describe('Azure per-minute counts trace', () => {
  it('picks the busiest row by default', () => {
    const result = parsed(TRACE);

    expect(result.chosenRow).toBe(1);
    expect(result.arrivals).toBe(19);
    expect(result.spanMs).toBe(240_000);
    expect(result.streams).toEqual([
      {
        source: 'sqs',
        label: 'queue function f2bbbbbb',
        pattern: 'counts',
        startMs: 0,
        intervalMs: 60_000,
        counts: [5, 5, 0, 9],
        spread: 'uniform',
      },
    ]);
  });

  it('lists every row', () => {
    const result = parsed(TRACE);

    expect(result.rows?.map((row) => [row.index, row.line, row.trigger, row.total, row.peak])).toEqual([
      [0, 2, 'http', 3, 2],
      [1, 3, 'queue', 19, 9],
      [2, 4, 'orchestration', 0, 0],
    ]);
  });

  it('replays a chosen row with its options', () => {
    const result = parsed(TRACE, { row: 0, spread: 'poisson', source: 'manual' });

    expect(result.streams[0]).toMatchObject({ source: 'manual', counts: [1, 0, 2, 0], spread: 'poisson' });
  });

  it('maps an http trigger to API Gateway', () => {
    expect(parsed(TRACE, { row: 0 }).streams[0].source).toBe('api-gateway');
  });

  it('rejects a row without invocations', () => {
    expect(messageOf(TRACE, { row: 2 })).toBe('line 4: this function has no invocations; pick a row with at least one');
  });

  it('rejects a row that does not exist', () => {
    expect(messageOf(TRACE, { row: 3 })).toBe('line 1: row 3 does not exist; expected a row from 0 to 2');
  });

  it('names line and column of a bad count', () => {
    expect(messageOf(`${HEADER}\no,a,f,http,1,2,x,4\no,a,g,http,1,-2,3,4`)).toBe(
      [
        'line 2, column 7: "x" is not a count; expected an integer from 0 up',
        'line 3, column 6: "-2" is not a count; expected an integer from 0 up',
      ].join('\n'),
    );
  });

  it('rejects a short row', () => {
    expect(messageOf(`${HEADER}\no,a,f,http,1,2`)).toBe('line 2: the row has 6 fields; expected 8, as in the header');
  });

  it('rejects a wrong header', () => {
    expect(messageOf('HashOwner,HashApp,Function,Trigger,1\n')).toBe(
      'line 1, column 3: "Function" is not the expected header; expected "HashFunction"',
    );
    expect(messageOf('HashOwner,HashApp,HashFunction,Trigger,1,3\n')).toBe(
      'line 1, column 6: "3" is not the expected minute; expected "2"',
    );
  });

  it('rejects a file with only a header', () => {
    expect(messageOf(`${HEADER}\n`)).toContain('no function rows');
  });

  it('detects the layout', () => {
    expect(detectTraceFormat(`\uFEFF${TRACE}`)).toBe('azure-counts');
    expect(detectTraceFormat('time\n1')).toBe('timestamps');
    expect(parseTraceText(TRACE).ok).toBe(true);
  });

  it('produces a stream the scenario accepts', () => {
    const stream = parsed(TRACE).streams[0];
    const result = parseScenario({ version: 1, durationMs: 240_000, traffic: [stream] });
    const generator = createArrivalGenerator(stream, 0, 240_000, new RandomStreams(1).source('arrivals-0'));
    let arrivals = 0;
    while (generator.next() !== undefined) arrivals++;

    expect(result.ok).toBe(true);
    expect(arrivals).toBe(19);
  });
});
