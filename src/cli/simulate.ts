/**
 * Entry point of `npm run simulate`: runs a scenario file or a preset headless and prints the JSON
 * report. See `main` in main.ts for the behaviour and the exit statuses.
 */
import { main } from './main';

// A reader that stops early, such as `| head`, closes the pipe. Like other command-line tools, stop
// quietly then instead of printing a stack trace for the write that failed.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

// Setting exitCode instead of calling process.exit lets a large report finish writing to a pipe.
process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
