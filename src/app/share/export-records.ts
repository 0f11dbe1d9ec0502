import type { InvocationRecord, Report } from '../../sim/types';
import type { RunTimeline } from './run-timeline';
import { replayTo } from './run-timeline';

/** Maximum invocations in an export, because a long busy run would otherwise build a file of hundreds of MB. */
export const EXPORT_RECORD_LIMIT = 200_000;

/**
 * Builds the report of the run up to `atMs`, with one record per invocation. The live simulation keeps
 * no records because they cost memory on every run. So a second simulation with records on replays
 * the run, and determinism makes it the same run.
 */
export function buildRunReport(timeline: RunTimeline, atMs: number, limit = EXPORT_RECORD_LIMIT): Report {
  const { simulation } = replayTo(timeline.initialScenario, timeline.inputs, atMs, { recordLimit: limit });
  const report = simulation.report();
  simulation.dispose();
  return report;
}

const CSV_COLUMNS = [
  'id',
  'source',
  'arrivalMs',
  'outcome',
  'status',
  'throttleCause',
  'environment',
  'startMs',
  'endMs',
  'initMs',
  'runMs',
  'attempt',
  'events',
  'statusCode',
] as const satisfies readonly (keyof InvocationRecord)[];

/** Writes records as CSV (RFC 4180): a header row, then one row per invocation; null becomes an empty cell. */
export function recordsToCsv(records: readonly InvocationRecord[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const record of records) {
    rows.push(CSV_COLUMNS.map((column) => csvCell(record[column])).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

function csvCell(value: InvocationRecord[keyof InvocationRecord]): string {
  if (value === null) return '';
  // Several event ids share one cell, separated by spaces, so the column count stays fixed.
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Saves `blob` as a download named `fileName`, through a temporary object URL (no network). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started by the next task; the URL is no longer needed then.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
