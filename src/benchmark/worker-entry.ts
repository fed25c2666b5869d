// Entry of an executor worker thread (bundled to dist/bench-worker.js).
import { parentPort } from 'node:worker_threads';
import { runExecutor } from './executor';
import type { ExecutorRequest } from './protocol';

process.setSourceMapsEnabled(true);

const port = parentPort;
if (!port) throw new Error('bench-worker.js runs as a worker thread');

runExecutor({
  send: (message) => port.postMessage(message),
  onMessage: (handler) => port.on('message', (message: ExecutorRequest) => handler(message)),
});
