/**
 * Splits text that arrives in chunks into lines, so a large file can be parsed piece by piece without
 * holding it whole. Accepts `\n` and `\r\n` line ends and drops a leading byte order mark.
 */
export class LineSplitter {
  private pending = '';
  private lineNumber = 0;
  private started = false;

  /** Adds a chunk and calls `onLine` for every line it completes, with its 1-based line number. */
  push(chunk: string, onLine: (line: string, lineNumber: number) => void): void {
    let text = this.pending + chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }

    let start = 0;
    for (let end = text.indexOf('\n', start); end !== -1; end = text.indexOf('\n', start)) {
      const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      onLine(text.slice(start, stop), ++this.lineNumber);
      start = end + 1;
    }
    this.pending = text.slice(start);
  }

  /** Calls `onLine` for a last line that has no line end. */
  finish(onLine: (line: string, lineNumber: number) => void): void {
    const last = this.pending.endsWith('\r') ? this.pending.slice(0, -1) : this.pending;
    this.pending = '';
    if (last.length > 0) onLine(last, ++this.lineNumber);
  }
}

/**
 * Splits one CSV line into fields. A field may be wrapped in double quotes, and a quote inside such a
 * field is written twice. Returns null when a quoted field is not closed on the same line.
 */
export function splitFields(line: string): string[] | null {
  if (!line.includes('"')) return line.split(',');

  const fields: string[] = [];
  let index = 0;
  for (;;) {
    let field = '';
    if (line[index] === '"') {
      index++;
      for (;;) {
        const quote = line.indexOf('"', index);
        if (quote === -1) return null;
        field += line.slice(index, quote);
        index = quote + 1;
        if (line[index] !== '"') break;
        field += '"';
        index++;
      }
      const comma = line.indexOf(',', index);
      // Text between the closing quote and the next comma is kept, as most spreadsheet programs do.
      field += line.slice(index, comma === -1 ? line.length : comma);
      index = comma === -1 ? line.length : comma;
    } else {
      const comma = line.indexOf(',', index);
      field = line.slice(index, comma === -1 ? line.length : comma);
      index = comma === -1 ? line.length : comma;
    }
    fields.push(field);
    if (index >= line.length) return fields;
    index++;
  }
}
