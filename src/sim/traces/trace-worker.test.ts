import { describe, expect, it } from 'vitest';
import { READ_CHUNK, TraceHost, readTraceRequest, type TraceReply } from './trace-worker';

/** Builds a host that collects its replies. `between` runs at each yield, as a message would arrive. */
function hostWithReplies(between: (host: TraceHost) => void = () => undefined) {
  const replies: TraceReply[] = [];
  const host: TraceHost = new TraceHost(
    (reply) => replies.push(reply),
    () => {
      between(host);
      return Promise.resolve();
    },
  );
  return { host, replies };
}

/** Builds a timestamp CSV a little over three read pieces long. */
function largeTrace(): string {
  const lines: string[] = ['time'];
  let length = 5;
  for (let index = 0; length < 3 * READ_CHUNK + 10; index++) {
    const line = String(index * 7);
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

describe('readTraceRequest', () => {
  it.each([
    ['a number', 3, 'expected an object'],
    ['an unknown type', { type: 'load', requestId: 1 }, 'Invalid message type "load"'],
    ['a missing requestId', { type: 'parse', file: '1' }, 'Invalid requestId'],
    ['a missing file', { type: 'parse', requestId: 1 }, 'Invalid file'],
    ['an unknown format', { type: 'parse', requestId: 1, file: '1', format: 'json' }, 'Invalid format'],
    ['a negative row', { type: 'parse', requestId: 1, file: '1', options: { row: -1 } }, 'Invalid options.row'],
    ['an unknown spread', { type: 'parse', requestId: 1, file: '1', options: { spread: 'normal' } }, 'Invalid options.spread'],
    ['an unknown source', { type: 'parse', requestId: 1, file: '1', options: { source: 'kafka' } }, 'Invalid options.source'],
  ])('rejects %s', (_name, data, expected) => {
    expect(readTraceRequest(data)).toContain(expected);
  });
});

describe('TraceHost', () => {
  it('parses a Blob with progress', async () => {
    const { host, replies } = hostWithReplies();
    await host.handle({ type: 'parse', requestId: 5, file: new Blob([largeTrace()]) });
    const progress = replies.filter((reply) => reply.type === 'progress');
    const done = replies.at(-1);

    expect(progress.map((reply) => reply.requestId)).toEqual([5, 5, 5]);
    expect(done).toMatchObject({ type: 'done', result: { ok: true } });
  });

  it('decodes characters split between pieces', async () => {
    // "é" takes two bytes; the padding puts its first byte at the end of the first piece.
    const text = `time,note\n${'1,'.padEnd(READ_CHUNK - 11, 'x')}é\n2,y`;
    const { host, replies } = hostWithReplies();
    await host.handle({ type: 'parse', requestId: 1, file: new Blob([text]) });

    expect(replies.at(-1)).toMatchObject({ type: 'done', result: { ok: true, arrivals: 2 } });
  });

  it('reports a malformed file as a result', async () => {
    const { host, replies } = hostWithReplies();
    await host.handle({ type: 'parse', requestId: 2, file: 'time\n1\nabc' });

    expect(replies).toEqual([
      {
        type: 'done',
        requestId: 2,
        result: {
          ok: false,
          errorCount: 1,
          errors: [{ line: 3, column: 1, message: 'line 3, column 1: "abc" is not a timestamp; expected milliseconds or an ISO-8601 date' }],
          message: 'line 3, column 1: "abc" is not a timestamp; expected milliseconds or an ISO-8601 date',
        },
      },
    ]);
  });

  it('detects per-minute counts', async () => {
    const { host, replies } = hostWithReplies();
    await host.handle({ type: 'parse', requestId: 3, file: new Blob(['HashOwner,HashApp,HashFunction,Trigger,1,2\no,a,f,timer,1,1\n']) });

    expect(replies.at(-1)).toMatchObject({ type: 'done', result: { ok: true, streams: [{ pattern: 'counts', source: 'schedule' }] } });
  });

  it('rejects bytes that are not UTF-8', async () => {
    const { host, replies } = hostWithReplies();
    await host.handle({ type: 'parse', requestId: 4, file: new Blob([new Uint8Array([0x31, 0x0a, 0xff, 0xfe])]) });

    expect(replies).toEqual([
      {
        type: 'error',
        requestId: 4,
        message: 'The file is not UTF-8 text (invalid bytes after byte 0). Save it as UTF-8 CSV and try again.',
      },
    ]);
  });

  it('stops on a cancel message', async () => {
    const { host, replies } = hostWithReplies((self) => void self.handle({ type: 'cancel', requestId: 6 }));
    await host.handle({ type: 'parse', requestId: 6, file: largeTrace() });

    expect(replies).toEqual([{ type: 'progress', requestId: 6, fraction: expect.any(Number) as number }, { type: 'cancelled', requestId: 6 }]);
  });

  it('rejects a second file while reading', async () => {
    let sent = false;
    const { host, replies } = hostWithReplies((self) => {
      if (sent) return;
      sent = true;
      void self.handle({ type: 'parse', requestId: 8, file: '1' });
    });
    await host.handle({ type: 'parse', requestId: 7, file: largeTrace() });

    expect(replies.find((reply) => reply.type === 'error')).toMatchObject({ requestId: 8 });
    expect(replies.at(-1)).toMatchObject({ type: 'done', requestId: 7 });
  });

  it('answers a malformed message with an error', async () => {
    const { host, replies } = hostWithReplies();
    await host.handle({ type: 'parse', requestId: 9, file: 42 });

    expect(replies).toEqual([
      { type: 'error', requestId: 9, message: 'Invalid file in a "parse" message: expected a File, a Blob or a string.' },
    ]);
  });
});
