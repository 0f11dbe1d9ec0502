import { runScenario } from '../sim/simulation';
import { USAGE, parseCommand } from './args';
import { loadScenario } from './load-scenario';

/** Exit status when the report was printed. */
export const EXIT_OK = 0;

/** Exit status for an invalid command line, an unreadable or invalid file, or an unknown preset. */
export const EXIT_INVALID_INPUT = 2;

/** Output streams of the command. Tests pass collectors, and the entry point passes the process streams. */
export interface CommandOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Keeps an error on one line, whatever the file name or the underlying message contained. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * Runs the simulate command: prints the JSON report (or the help) on stdout and returns 0, or prints
 * one line on stderr and returns 2. Errors inside the simulation itself are bugs and are thrown.
 */
export function main(argv: readonly string[], output: CommandOutput): number {
  const command = parseCommand(argv);

  if (command.kind === 'help') {
    output.stdout(USAGE);
    return EXIT_OK;
  }

  if (command.kind === 'invalid') {
    output.stderr(`simulate: ${oneLine(command.message)}\n`);
    return EXIT_INVALID_INPUT;
  }

  const loaded = loadScenario(command.source);
  if (!loaded.ok) {
    output.stderr(`simulate: ${oneLine(loaded.message)}\n`);
    return EXIT_INVALID_INPUT;
  }

  const report = runScenario(loaded.scenario, { records: command.records, recordLimit: command.recordLimit });
  output.stdout(`${JSON.stringify(report, null, 2)}\n`);
  return EXIT_OK;
}
