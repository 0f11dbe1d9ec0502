/**
 * Parser of a CSV of arrival timestamps: one arrival per line, in milliseconds or as ISO-8601 dates,
 * with an optional header and an optional `source` column. Arrivals become `times` streams, one per
 * source, measured from the earliest timestamp in the file.
 */
import { SOURCE_KINDS, type SourceKind, type TrafficStream } from '../types';
import { LineSplitter, splitFields } from './lines';
import { TraceErrors, quoteField } from './trace-errors';
import { parseTimestamp, type TimestampKind } from './timestamps';
import type { TraceResult } from './trace-result';

/** Header names accepted for the timestamp column, compared without letter case. */
export const TIMESTAMP_COLUMN_NAMES = ['timestamp', 'time', 'ts', 'atms', 'arrival', 'arrivalms'] as const;

const SOURCE_COLUMN_NAME = 'source';

const TIMESTAMP_EXPECTED = 'expected milliseconds or an ISO-8601 date';

/** Options of the timestamp CSV parser. */
export interface TimestampTraceOptions {
  /** Source of arrivals on lines without a source column (default "api-gateway"). */
  defaultSource?: SourceKind;
}

/** Column positions (0-based) of the fields the parser reads. */
interface Columns {
  timestamp: number;
  source: number | null;
}

/** Parses a timestamp CSV chunk by chunk; call `push` for each chunk, then `finish` once. */
export class TimestampTraceParser {
  private readonly lines = new LineSplitter();
  private readonly errors = new TraceErrors();
  private readonly defaultSource: SourceKind;
  private columns: Columns | null = null;
  private kind: { kind: TimestampKind; line: number } | null = null;
  private readonly timesBySource = new Map<SourceKind, number[]>();
  private earliestMs = Infinity;
  private arrivals = 0;
  private readonly onLine = (line: string, lineNumber: number) => this.readLine(line, lineNumber);

  constructor(options: TimestampTraceOptions = {}) {
    this.defaultSource = options.defaultSource ?? 'api-gateway';
  }

  push(chunk: string): void {
    this.lines.push(chunk, this.onLine);
  }

  /** Reads the last line and returns the streams, or every problem found. */
  finish(): TraceResult {
    this.lines.finish(this.onLine);
    if (this.errors.count === 0 && this.arrivals === 0) {
      this.errors.add(1, 0, 'the file contains no arrivals; expected one timestamp per line');
    }
    if (this.errors.count > 0) {
      return { ok: false, errors: this.errors.kept, errorCount: this.errors.count, message: this.errors.summary() };
    }

    const streams: TrafficStream[] = [];
    let lastMs = 0;
    for (const [source, times] of this.timesBySource) {
      const atMs = times.map((time) => time - this.earliestMs);
      for (const time of atMs) lastMs = Math.max(lastMs, time);
      streams.push({ source, label: `trace (${source})`, pattern: 'times', atMs });
    }
    return { ok: true, streams, arrivals: this.arrivals, spanMs: lastMs };
  }

  private readLine(line: string, lineNumber: number): void {
    if (line.trim() === '') return;

    const fields = splitFields(line);
    if (fields === null) {
      this.errors.add(lineNumber, 0, 'a quoted field is not closed; expected a closing double quote');
      return;
    }

    if (this.columns === null) {
      this.columns = this.readHeader(fields, lineNumber);
      // A first line that was a header contains no arrival.
      if (this.columns !== null) return;
      this.columns = { timestamp: 0, source: fields.length > 1 ? 1 : null };
    }
    this.readArrival(fields, lineNumber, this.columns);
  }

  /**
   * Returns the columns named by a header line, or null when the first line is already data (its
   * first field is a timestamp).
   */
  private readHeader(fields: string[], lineNumber: number): Columns | null {
    if (parseTimestamp(fields[0]) !== null) return null;

    const names = fields.map((field) => field.trim().toLowerCase());
    const timestamp = names.findIndex((name) => (TIMESTAMP_COLUMN_NAMES as readonly string[]).includes(name));
    const source = names.indexOf(SOURCE_COLUMN_NAME);
    if (timestamp === -1) {
      this.errors.add(
        lineNumber,
        1,
        `${quoteField(fields[0])} is not a timestamp, and the line is not a header naming a timestamp column; ` +
          `${TIMESTAMP_EXPECTED}, or a header with a column named ${TIMESTAMP_COLUMN_NAMES.join(', ')}`,
      );
      return { timestamp: 0, source: null };
    }
    return { timestamp, source: source === -1 ? null : source };
  }

  private readArrival(fields: string[], lineNumber: number, columns: Columns): void {
    const text = fields[columns.timestamp];
    if (text === undefined) {
      this.errors.add(lineNumber, columns.timestamp + 1, `missing; ${TIMESTAMP_EXPECTED}`);
      return;
    }

    const timestamp = parseTimestamp(text);
    if (timestamp === null) {
      this.errors.add(lineNumber, columns.timestamp + 1, `${quoteField(text)} is not a timestamp; ${TIMESTAMP_EXPECTED}`);
      return;
    }
    if (this.kind === null) {
      this.kind = { kind: timestamp.kind, line: lineNumber };
    } else if (this.kind.kind !== timestamp.kind) {
      const earlier = this.kind.kind === 'ms' ? 'milliseconds' : 'ISO-8601 dates';
      this.errors.add(
        lineNumber,
        columns.timestamp + 1,
        `${quoteField(text)} mixes formats; expected ${earlier} like line ${this.kind.line}`,
      );
      return;
    }

    const source = this.readSource(fields, lineNumber, columns);
    if (source === null) return;

    let times = this.timesBySource.get(source);
    if (times === undefined) {
      times = [];
      this.timesBySource.set(source, times);
    }
    times.push(timestamp.ms);
    if (timestamp.ms < this.earliestMs) this.earliestMs = timestamp.ms;
    this.arrivals++;
  }

  /** Returns the line's source, the default when the column is absent or empty, or null when invalid. */
  private readSource(fields: string[], lineNumber: number, columns: Columns): SourceKind | null {
    const text = columns.source === null ? '' : (fields[columns.source] ?? '').trim();
    if (text === '') return this.defaultSource;
    if ((SOURCE_KINDS as readonly string[]).includes(text)) return text as SourceKind;

    const choices = SOURCE_KINDS.map((kind) => `"${kind}"`).join(', ');
    this.errors.add(lineNumber, (columns.source ?? 0) + 1, `${quoteField(text)} is not a source; expected one of ${choices}`);
    return null;
  }
}
