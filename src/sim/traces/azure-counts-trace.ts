/**
 * Parser of per-minute invocation counts in the layout of the public Azure Functions 2019 trace: a
 * header `HashOwner,HashApp,HashFunction,Trigger,1,2,…,1440`, then one row per function with its
 * invocations in each minute of the day. The chosen row becomes one `counts` stream.
 *
 * Memory does not grow with the number of rows beyond a short summary each: only the counts of the
 * chosen row (or of the busiest so far) are kept.
 */
import type { SourceKind } from '../types';
import { LineSplitter, splitFields } from './lines';
import { TraceErrors, quoteField } from './trace-errors';
import type { CountsRowSummary, TraceResult } from './trace-result';

/** The four columns before the minute counts, as the Azure trace names them. */
export const AZURE_ID_COLUMNS = ['HashOwner', 'HashApp', 'HashFunction', 'Trigger'] as const;

const MINUTE_MS = 60_000;

const COUNT_PATTERN = /^\d+$/;

/** Sources the simulation uses for the Azure trigger types; any other trigger becomes "manual". */
const SOURCE_OF_TRIGGER: Record<string, SourceKind> = {
  http: 'api-gateway',
  queue: 'sqs',
  event: 'sns',
  timer: 'schedule',
  storage: 's3',
};

/** Options of the per-minute counts parser: which row to replay and how. */
export interface AzureCountsOptions {
  /** Data row to replay, 0-based in file order (default: the row with the most invocations). */
  row?: number;
  /** Rule that places arrivals inside each minute (default "uniform"). */
  spread?: 'even' | 'uniform' | 'poisson';
  /** Source of the stream (default: from the row's trigger). */
  source?: SourceKind;
}

/** Parses a per-minute counts CSV chunk by chunk; call `push` for each chunk, then `finish` once. */
export class AzureCountsParser {
  private readonly lines = new LineSplitter();
  private readonly errors = new TraceErrors();
  private minutes = 0;
  private headerRead = false;
  private readonly rows: CountsRowSummary[] = [];
  private chosen: { summary: CountsRowSummary; counts: number[] } | null = null;
  private readonly onLine = (line: string, lineNumber: number) => this.readLine(line, lineNumber);

  constructor(private readonly options: AzureCountsOptions = {}) {}

  push(chunk: string): void {
    this.lines.push(chunk, this.onLine);
  }

  /** Reads the last line and returns the stream of the chosen row, or every problem found. */
  finish(): TraceResult {
    this.lines.finish(this.onLine);
    const { row } = this.options;
    if (this.errors.count === 0) {
      if (!this.headerRead) {
        this.errors.add(1, 0, `the file is empty; expected a header ${AZURE_ID_COLUMNS.join(',')},1,2,…`);
      } else if (this.rows.length === 0) {
        this.errors.add(2, 0, 'the file contains no function rows; expected one row per function after the header');
      } else if (row !== undefined && this.chosen === null) {
        this.errors.add(1, 0, `row ${row} does not exist; expected a row from 0 to ${this.rows.length - 1}`);
      } else if (this.chosen !== null && this.chosen.summary.total === 0) {
        this.errors.add(this.chosen.summary.line, 0, 'this function has no invocations; pick a row with at least one');
      }
    }
    if (this.errors.count > 0 || this.chosen === null) {
      return { ok: false, errors: this.errors.kept, errorCount: this.errors.count, message: this.errors.summary() };
    }

    const { summary, counts } = this.chosen;
    const source = this.options.source ?? SOURCE_OF_TRIGGER[summary.trigger.toLowerCase()] ?? 'manual';
    return {
      ok: true,
      streams: [
        {
          source,
          label: `${summary.trigger} function ${summary.hashFunction.slice(0, 8)}`,
          pattern: 'counts',
          startMs: 0,
          intervalMs: MINUTE_MS,
          counts,
          spread: this.options.spread ?? 'uniform',
        },
      ],
      arrivals: summary.total,
      spanMs: counts.length * MINUTE_MS,
      rows: this.rows,
      chosenRow: summary.index,
    };
  }

  private readLine(line: string, lineNumber: number): void {
    if (line.trim() === '') return;

    const fields = splitFields(line);
    if (fields === null) {
      this.errors.add(lineNumber, 0, 'a quoted field is not closed; expected a closing double quote');
      return;
    }
    if (!this.headerRead) {
      this.headerRead = true;
      this.readHeader(fields, lineNumber);
      return;
    }
    if (this.minutes > 0) this.readRow(fields, lineNumber);
  }

  /** Checks the header: the four id columns, then minutes numbered 1, 2, 3 and so on. */
  private readHeader(fields: string[], lineNumber: number): void {
    for (let column = 0; column < AZURE_ID_COLUMNS.length; column++) {
      const name = (fields[column] ?? '').trim();
      if (name.toLowerCase() !== AZURE_ID_COLUMNS[column].toLowerCase()) {
        this.errors.add(lineNumber, column + 1, `${quoteField(name)} is not the expected header; expected "${AZURE_ID_COLUMNS[column]}"`);
        return;
      }
    }

    const minuteColumns = fields.length - AZURE_ID_COLUMNS.length;
    if (minuteColumns === 0) {
      this.errors.add(lineNumber, fields.length + 1, 'missing; expected minute columns named 1, 2, 3 and so on');
      return;
    }
    for (let minute = 1; minute <= minuteColumns; minute++) {
      const column = AZURE_ID_COLUMNS.length + minute;
      const name = fields[column - 1].trim();
      if (name !== String(minute)) {
        this.errors.add(lineNumber, column, `${quoteField(name)} is not the expected minute; expected "${minute}"`);
        return;
      }
    }
    this.minutes = minuteColumns;
  }

  private readRow(fields: string[], lineNumber: number): void {
    const expectedFields = AZURE_ID_COLUMNS.length + this.minutes;
    if (fields.length !== expectedFields) {
      this.errors.add(lineNumber, 0, `the row has ${fields.length} fields; expected ${expectedFields}, as in the header`);
      return;
    }

    const counts = new Array<number>(this.minutes);
    let total = 0;
    let peak = 0;
    let valid = true;
    for (let minute = 0; minute < this.minutes; minute++) {
      const column = AZURE_ID_COLUMNS.length + minute;
      const text = fields[column].trim();
      const count = COUNT_PATTERN.test(text) ? Number(text) : NaN;
      if (!Number.isSafeInteger(count)) {
        this.errors.add(lineNumber, column + 1, `${quoteField(text)} is not a count; expected an integer from 0 up`);
        valid = false;
        continue;
      }
      counts[minute] = count;
      total += count;
      if (count > peak) peak = count;
    }
    if (!valid) return;

    const summary: CountsRowSummary = {
      index: this.rows.length,
      line: lineNumber,
      hashOwner: fields[0].trim(),
      hashApp: fields[1].trim(),
      hashFunction: fields[2].trim(),
      trigger: fields[3].trim(),
      total,
      peak,
    };
    this.rows.push(summary);

    const requested = this.options.row;
    const chosen =
      requested === undefined ? this.chosen === null || total > this.chosen.summary.total : requested === summary.index;
    if (chosen) this.chosen = { summary, counts };
  }
}
