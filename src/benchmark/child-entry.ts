// Entry of the benchmark's child processes (bundled to dist/bench-child.js): `host` runs a strategy and measures
// it, `executor` is a member of a child-process pool. Both talk over the IPC channel of `fork`.
import { serializeError } from './errors';
import { runExecutor } from './executor';
import { runHost } from './host';
import type { ChildRole, ExecutorRequest, HostRequest } from './protocol';

process.setSourceMapsEnabled(true);

const role = process.argv[2] as ChildRole | undefined;
const send = process.send?.bind(process);
if (!send || (role !== 'host' && role !== 'executor')) {
  process.stderr.write('bench-child.js is started by the benchmark runner (fork with an IPC channel, role host or executor)\n');
  process.exit(2);
}

/** Sends, then exits once the message is out (or after a moment if the channel is gone). */
function sendAndExit(message: object, code: number): void {
  const fallback = setTimeout(() => process.exit(code), 500);
  try {
    send!(message, undefined, undefined, () => process.exit(code));
  } catch {
    clearTimeout(fallback);
    process.exit(code);
  }
}

// The parent went away: nothing left to do (the user's timers or sockets must not keep us alive).
process.on('disconnect', () => process.exit(0));
// An exception outside any request, e.g. thrown from a timer of the user's code: report it and stop.
process.on('uncaughtException', (error) => sendAndExit({ type: 'fatal', error: serializeError(error) }, 1));

if (role === 'host') {
  runHost({
    send: (message) => void send(message),
    onMessage: (handler) => process.on('message', (message: HostRequest) => handler(message)),
    exit: (code) => process.exit(code),
  });
} else {
  runExecutor({
    send: (message) => void send(message),
    onMessage: (handler) => process.on('message', (message: ExecutorRequest) => handler(message)),
  });
}
