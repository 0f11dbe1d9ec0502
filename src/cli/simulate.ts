/**
 * Entry point of `npm run simulate`: runs a scenario file or a preset headless and prints the JSON
 * report. See `main` in main.ts for the behaviour and the exit statuses.
 */
import { main } from './main';

// Setting exitCode instead of calling process.exit lets a large report finish writing to a pipe.
process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
