import { parseArgs } from 'node:util';
import { PRESET_NAMES, isPresetName, type PresetName } from '../sim/presets';

/** Default maximum number of records that `--records` keeps. */
export const DEFAULT_RECORD_LIMIT = 100_000;

/** Source of the scenario: a JSON file or a preset. */
export type ScenarioSource = { kind: 'file'; path: string } | { kind: 'preset'; name: PresetName };

/** Request parsed from the command line: the help, a run, or an invalid command with its message. */
export type Command =
  | { kind: 'help' }
  | { kind: 'run'; source: ScenarioSource; records: boolean; recordLimit: number }
  | { kind: 'invalid'; message: string };

export const USAGE = `Usage: npm run -s simulate -- FILE.json [options]
       npm run -s simulate -- --preset NAME [options]

Runs a lambda-lanes scenario to its end and prints the JSON report on stdout.

Options:
  --preset NAME         Run a built-in scenario instead of a file: ${PRESET_NAMES.join(', ')}.
  --records             Add one record per invocation to the report, in arrival order.
  --record-limit N      Keep at most N records (default ${DEFAULT_RECORD_LIMIT}). Needs --records.
  -h, --help            Print this help and exit.

Exit status: 0 when the report was printed, 2 when the command line, the file or the scenario is
invalid (one line on stderr explains why). The scenario format is described in docs/scenario-format.md.
`;

const HELP_HINT = 'Run with --help to list the options.';

/** Returns the option name in a Node.js parseArgs error, such as `--foo` in "Unknown option '--foo'. …". */
function optionInMessage(message: string): string {
  return /'(-[^' ]*)/.exec(message)?.[1] ?? '';
}

/** Reads `--record-limit`: a positive integer, written in decimal digits. */
function parseRecordLimit(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const limit = Number(text);
  return Number.isSafeInteger(limit) && limit >= 1 ? limit : undefined;
}

/** Interprets the arguments after the script name. Never throws: problems become an `invalid` command. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        preset: { type: 'string' },
        records: { type: 'boolean' },
        'record-limit': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { kind: 'invalid', message: describeArgsError(error) };
  }

  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };

  let recordLimit = DEFAULT_RECORD_LIMIT;
  const limitText = values['record-limit'];
  if (limitText !== undefined) {
    const limit = parseRecordLimit(limitText);
    if (limit === undefined) {
      return { kind: 'invalid', message: `--record-limit ${JSON.stringify(limitText)} is invalid. Expected a positive integer.` };
    }
    if (!values.records) {
      return { kind: 'invalid', message: '--record-limit applies only to records. Add --records as well.' };
    }
    recordLimit = limit;
  }

  const source = scenarioSource(values.preset, positionals);
  if ('message' in source) return { kind: 'invalid', message: source.message };

  return { kind: 'run', source, records: values.records ?? false, recordLimit };
}

/** Picks the scenario source from `--preset` and the positional arguments. */
function scenarioSource(preset: string | undefined, positionals: string[]): ScenarioSource | { message: string } {
  if (preset !== undefined && positionals.length > 0) {
    return { message: `Give either a scenario file or --preset, not both (got ${positionals.join(' ')} and --preset ${preset}).` };
  }

  if (preset !== undefined) {
    if (!isPresetName(preset)) {
      return { message: `Unknown preset ${JSON.stringify(preset)}. Expected one of ${PRESET_NAMES.join(', ')}.` };
    }
    return { kind: 'preset', name: preset };
  }

  if (positionals.length === 0) {
    return { message: `Missing scenario. Give a FILE.json or --preset NAME. ${HELP_HINT}` };
  }
  if (positionals.length > 1) {
    return { message: `Expected one scenario file, got ${positionals.length}: ${positionals.join(' ')}.` };
  }
  return { kind: 'file', path: positionals[0] };
}

/** Rewords the errors of Node.js parseArgs, whose own messages suggest `--` tricks that rarely apply. */
function describeArgsError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);

  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `Unknown option ${JSON.stringify(optionInMessage(message))}. ${HELP_HINT}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return `${message}. ${HELP_HINT}`;
  }
  return message;
}
