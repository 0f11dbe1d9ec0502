/**
 * Entry point of trace import: picks the parser for a file's layout and feeds it text in chunks, so
 * the same code serves a small string in a test and a large file read piece by piece in a worker.
 */
import { AZURE_ID_COLUMNS, AzureCountsParser, type AzureCountsOptions } from './azure-counts-trace';
import { TimestampTraceParser, type TimestampTraceOptions } from './timestamp-trace';
import type { TraceResult } from './trace-result';

/** Layouts of trace files: arrival timestamps, or per-minute counts as in the Azure Functions trace. */
export type TraceFormat = 'timestamps' | 'azure-counts';

export type TraceOptions = TimestampTraceOptions & AzureCountsOptions;

/** A parser that takes a file in chunks. */
export interface TraceParser {
  push(chunk: string): void;
  finish(): TraceResult;
}

/** Characters parseTraceText hands to the parser at a time. */
const TEXT_CHUNK = 1 << 20;

/** Returns the layout of a file from its first characters: per-minute counts when it starts with their header. */
export function detectTraceFormat(start: string): TraceFormat {
  const firstLine = start.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].trim().toLowerCase();
  return firstLine.startsWith(AZURE_ID_COLUMNS.join(',').toLowerCase()) ? 'azure-counts' : 'timestamps';
}

/** Creates the parser of one layout. */
export function createTraceParser(format: TraceFormat, options: TraceOptions = {}): TraceParser {
  return format === 'azure-counts' ? new AzureCountsParser(options) : new TimestampTraceParser(options);
}

/**
 * Parses a whole trace held in a string. `onProgress` receives the share of the text read, from 0 to
 * 1. The format is detected from the text unless given.
 */
export function parseTraceText(
  text: string,
  options: TraceOptions & { format?: TraceFormat; onProgress?: (fraction: number) => void } = {},
): TraceResult {
  const parser = createTraceParser(options.format ?? detectTraceFormat(text.slice(0, 4_096)), options);
  for (let start = 0; start < text.length; start += TEXT_CHUNK) {
    parser.push(text.slice(start, start + TEXT_CHUNK));
    options.onProgress?.(Math.min(1, (start + TEXT_CHUNK) / text.length));
  }
  return parser.finish();
}
