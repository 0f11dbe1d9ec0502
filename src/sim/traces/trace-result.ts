import type { TrafficStream } from '../types';
import type { TraceIssue } from './trace-errors';

/** Result of parsing a trace: traffic streams, or the problems found in the file. */
export type TraceResult =
  | {
      ok: true;
      streams: TrafficStream[];
      /** Arrivals in the trace; for per-minute counts, the sum of the chosen row. */
      arrivals: number;
      /** Time from the first to the last arrival, or the length of the counted minutes. */
      spanMs: number;
      /** Rows of a per-minute counts file, for the user to pick from. */
      rows?: CountsRowSummary[];
      /** The row the streams came from. */
      chosenRow?: number;
    }
  | {
      ok: false;
      /** The first problems, each with its line and column. */
      errors: TraceIssue[];
      /** Every problem found, including those not kept in `errors`. */
      errorCount: number;
      /** All kept messages, one a line, for display. */
      message: string;
    };

/** One function's row of a per-minute counts trace. */
export interface CountsRowSummary {
  /** 0-based position among the data rows. */
  index: number;
  line: number;
  hashOwner: string;
  hashApp: string;
  hashFunction: string;
  trigger: string;
  total: number;
  /** Highest count in one minute. */
  peak: number;
}
