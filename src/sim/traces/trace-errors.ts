/** One problem in a trace file, at a line and a column (both 1-based; column 0 means the whole line). */
export interface TraceIssue {
  line: number;
  column: number;
  /** A complete message, for example `line 12, column 2: "abc" is not a timestamp; expected …`. */
  message: string;
}

/** Maximum problems stored with their messages. The rest are only counted, so a wrong file cannot fill memory. */
export const TRACE_ERRORS_KEPT = 20;

/** Maximum length of a field's text quoted in a message. */
const QUOTED_MAX = 40;

/** Quotes a field's text for a message, cut to a readable length. */
export function quoteField(text: string): string {
  return JSON.stringify(text.length > QUOTED_MAX ? `${text.slice(0, QUOTED_MAX)}…` : text);
}

/** Collects the problems of one file, keeping the first `TRACE_ERRORS_KEPT`. */
export class TraceErrors {
  readonly kept: TraceIssue[] = [];
  count = 0;

  /** Adds a problem; `problem` completes the sentence after the position. */
  add(line: number, column: number, problem: string): void {
    this.count++;
    if (this.kept.length >= TRACE_ERRORS_KEPT) return;
    const position = column > 0 ? `line ${line}, column ${column}` : `line ${line}`;
    this.kept.push({ line, column, message: `${position}: ${problem}` });
  }

  /** Returns every kept message, one a line, and how many more were found. */
  summary(): string {
    const lines = this.kept.map((issue) => issue.message);
    const more = this.count - this.kept.length;
    if (more > 0) lines.push(`… and ${more} more problem${more === 1 ? '' : 's'}.`);
    return lines.join('\n');
  }
}
