import { tuneV8ForScans } from '../scan/v8-settings';
import { runCli } from './cli';

// Entry point of the `concurrency-advisor` bin (bundled to dist/cli.js).
process.setSourceMapsEnabled(true);
tuneV8ForScans();
// `concurrency-advisor scan | head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

void runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  variables: process.env,
  cwd: process.cwd(),
}).then((code) => {
  // exitCode, not exit(): a large report piped to another process must finish writing first.
  process.exitCode = code;
});
