// Entry of dist/server-worker.js: the language server's analysis thread. It owns the analyzer's projects and the
// quick fixes and answers the main thread's requests (analysis-protocol.ts) one at a time, in order.
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerMessage, WorkerRequest, WorkerStartData } from './analysis-protocol';
import { AnalysisEngine } from './analysis-engine';

const port = parentPort;
if (port) {
  const data = workerData as WorkerStartData;
  const post = (message: WorkerMessage) => port.postMessage(message);
  const engine = new AnalysisEngine(data.maxFileSize, (level, message) => post({ type: 'log', level, message }), data.testHooks);

  port.on('message', (request: WorkerRequest) => {
    void (async () => {
      try {
        const result = await engine.handle(request.kind, request.payload, request.texts);
        post({ id: request.id, result });
      } catch (error) {
        post({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      }
    })();
  });
  post({ type: 'ready' });
}
