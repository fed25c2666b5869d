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
  process.exitCode = code;
  // Exit once the output is written instead of letting the process wind down: at the end of a large scan V8
  // then frees its whole heap page by page, 0.1-0.2 s after the report is out. Write callbacks run in order, so
  // an empty write's callback means everything before it is flushed (pipes may be asynchronous, as on macOS).
  afterFlush(process.stdout, () => afterFlush(process.stderr, () => process.exit(code)));
});

function afterFlush(stream: NodeJS.WriteStream, then: () => void): void {
  if (stream.destroyed || !stream.writable) then();
  else stream.write('', () => then());
}
