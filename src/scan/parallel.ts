import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { summarizeText, type AnalyzeOptions, type Loaded } from '../analyzer/project';
import type { SummarizeRequest, SummarizeResponse } from './summarize-worker';

/**
 * Below this much source, one thread is faster: each worker compiles the parser afresh (about a third of a second
 * of CPU) and V8 already uses a spare core for compilation and garbage collection.
 */
export const PARALLEL_MIN_BYTES = 1_500_000;
/** Source text per request to a worker: large enough that messages are few, small enough to balance the load. */
const BATCH_BYTES = 256 * 1024;
/**
 * A worker's heap is capped so that parsing garbage is collected instead of growing the process: the summaries it
 * returns are small. A file too big for the cap is summarized on the calling thread instead.
 */
const WORKER_OLD_GENERATION_MB = 128;

export interface ParallelOptions {
  /** Parsing threads (default: available cores, at most 4). */
  threads?: number;
  /** The bundled worker script; without one, everything runs on the calling thread. */
  workerScript?: string;
  /** Called with the number of files finished so far. */
  onProgress?: (done: number) => void;
}

interface SourceText {
  path: string;
  text: string;
}

/** The worker bundle next to the running bundle (dist/), if the code runs from a build. */
export function defaultWorkerScript(): string | undefined {
  const candidate = path.join(__dirname, 'scan-worker.js');
  return fs.existsSync(candidate) ? candidate : undefined;
}

/**
 * Measured on 2 cores (the 1,190-file benchmark corpus): one thread 4.9 s, two workers 7.7 s. Each worker compiles
 * the parser again and V8 already uses the second core for compilation and garbage collection, so below 4 cores
 * the scan stays on one thread.
 */
export function defaultThreads(): number {
  const cores = os.availableParallelism();
  return cores < 4 ? 1 : Math.min(cores, 4);
}

/**
 * Parses and summarizes files on worker threads that pull batches from one queue (largest files first), so no
 * core waits for a slow share; the calling thread only coordinates. Only plain summaries cross threads.
 */
export async function summarizeAll(files: SourceText[], options: AnalyzeOptions, parallel: ParallelOptions = {}): Promise<Map<string, Loaded>> {
  const results = new Map<string, Loaded>();
  const threads = Math.max(1, Math.min(parallel.threads ?? defaultThreads(), files.length));
  const workerScript = parallel.workerScript ?? defaultWorkerScript();
  const finish = (file: SourceText, loaded: Loaded) => {
    results.set(file.path, loaded);
    parallel.onProgress?.(results.size);
  };
  if (threads > 1 && workerScript) {
    const queue = [...files].sort((a, b) => b.text.length - a.text.length);
    await Promise.all(Array.from({ length: threads }, () => drainWithWorker(workerScript, queue, options, finish)));
  }
  // Anything no worker could take (no workers, or workers that died) is done here.
  for (const file of files) if (!results.has(file.path)) finish(file, summarizeHere(file, options));
  return results;
}

function summarizeHere(file: SourceText, options: AnalyzeOptions): Loaded {
  return summarizeText(file.path, file.text, options);
}

function takeBatch(queue: SourceText[]): SourceText[] {
  const batch: SourceText[] = [];
  let bytes = 0;
  while (queue.length > 0 && bytes < BATCH_BYTES) {
    const file = queue.shift()!;
    batch.push(file);
    bytes += file.text.length;
  }
  return batch;
}

/** One worker taking batches until the queue is empty; a batch it cannot finish is summarized on this thread. */
async function drainWithWorker(script: string, queue: SourceText[], options: AnalyzeOptions, finish: (file: SourceText, loaded: Loaded) => void): Promise<void> {
  const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB } });
  let batch: SourceText[] = [];
  try {
    for (;;) {
      batch = takeBatch(queue);
      if (batch.length === 0) return;
      const results = await request(worker, { files: batch, options });
      const byPath = new Map(results);
      for (const file of batch) finish(file, byPath.get(file.path) ?? summarizeHere(file, options));
      batch = [];
    }
  } catch {
    // The worker died (out of memory on a huge file, a crash): its batch is not lost, and the queue goes on elsewhere.
    for (const file of batch) finish(file, summarizeHere(file, options));
  } finally {
    void worker.terminate();
  }
}

function request(worker: Worker, message: SummarizeRequest): Promise<[string, Loaded][]> {
  return new Promise((resolve, reject) => {
    const onMessage = (response: SummarizeResponse) => {
      cleanup();
      resolve(response.results);
    };
    const onError = (error: unknown) => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`scan worker exited with code ${code}`));
    };
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(message);
  });
}
