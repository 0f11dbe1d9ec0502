import { describe, expect, it } from 'vitest';
import { LineSplitter, splitFields } from './lines';

/** Feeds `chunks` to a splitter and returns every line with its number. */
function linesOf(chunks: string[]): string[] {
  const splitter = new LineSplitter();
  const lines: string[] = [];
  const onLine = (line: string, lineNumber: number) => lines.push(`${lineNumber}:${line}`);
  for (const chunk of chunks) splitter.push(chunk, onLine);
  splitter.finish(onLine);
  return lines;
}

describe('LineSplitter', () => {
  it('numbers lines across chunks', () => {
    expect(linesOf(['a,b\nc', 'd\n\ne'])).toEqual(['1:a,b', '2:cd', '3:', '4:e']);
  });

  it('handles CRLF split between chunks', () => {
    expect(linesOf(['x\r', '\ny\r\n'])).toEqual(['1:x', '2:y']);
  });

  it('drops a byte order mark', () => {
    expect(linesOf(['\uFEFFtime\n1'])).toEqual(['1:time', '2:1']);
  });

  it('gives the same lines for any split', () => {
    const text = 'time,source\r\n1,s3\n2,sns\r\n\n3';
    const whole = linesOf([text]);
    for (let cut = 0; cut <= text.length; cut++) {
      expect(linesOf([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    }
  });
});

describe('splitFields', () => {
  it.each([
    ['a,b,,c', ['a', 'b', '', 'c']],
    ['"a,b",c', ['a,b', 'c']],
    ['"say ""hi""",2', ['say "hi"', '2']],
    ['1,"s3"', ['1', 's3']],
    ['"",x', ['', 'x']],
  ])('splits %s', (line, fields) => {
    expect(splitFields(line)).toEqual(fields);
  });

  it('rejects an unclosed quote', () => {
    expect(splitFields('"abc,1')).toBeNull();
  });
});
