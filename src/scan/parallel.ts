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

export interface ParallelOptions {
  /** Threads to use including the calling one (default: available cores, at most 4). */
  threads?: number;
  /** The bundled worker script; without one, everything runs on the calling thread. */
  workerScript?: string;
}

/** The worker bundle next to the running bundle (dist/), if the code runs from a build. */
export function defaultWorkerScript(): string | undefined {
  const candidate = path.join(__dirname, 'scan-worker.js');
  return fs.existsSync(candidate) ? candidate : undefined;
}

/**
 * Parses and summarizes files on several threads: the calling thread takes one share itself while workers take
 * the others, so no core waits for the slowest. Shares are balanced by text length.
 */
export async function summarizeAll(files: { path: string; text: string }[], options: AnalyzeOptions, parallel: ParallelOptions = {}): Promise<Map<string, Loaded>> {
  const totalBytes = files.reduce((sum, file) => sum + file.text.length, 0);
  const threads = Math.max(1, Math.min(parallel.threads ?? Math.min(os.availableParallelism(), 4), files.length));
  const workerScript = parallel.workerScript ?? defaultWorkerScript();
  if (threads === 1 || !workerScript || totalBytes < PARALLEL_MIN_BYTES) return new Map(files.map((file) => [file.path, summarizeText(file.path, file.text, options)]));

  const shares = balance(files, threads);
  const workers = shares.slice(1).map((share) => runWorker(workerScript, { files: share, options }));
  const results = new Map<string, Loaded>();
  for (const file of shares[0]) results.set(file.path, summarizeText(file.path, file.text, options));
  for (const response of await Promise.all(workers)) for (const [filePath, loaded] of response) results.set(filePath, loaded);
  return results;
}

/** Longest files first, each to the share with the least text so far. */
function balance(files: { path: string; text: string }[], count: number): { path: string; text: string }[][] {
  const shares = Array.from({ length: count }, () => ({ bytes: 0, files: [] as { path: string; text: string }[] }));
  for (const file of [...files].sort((a, b) => b.text.length - a.text.length)) {
    let smallest = shares[0];
    for (const share of shares) if (share.bytes < smallest.bytes) smallest = share;
    smallest.files.push(file);
    smallest.bytes += file.text.length;
  }
  return shares.map((share) => share.files);
}

/** Runs one share in a fresh worker; a crashed worker's files are summarized here instead, so none is lost. */
function runWorker(script: string, request: SummarizeRequest): Promise<[string, Loaded][]> {
  return new Promise((resolve) => {
    const worker = new Worker(script);
    let settled = false;
    const finish = (results: [string, Loaded][]) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve(results);
    };
    const fallback = () => finish(request.files.map((file) => [file.path, summarizeText(file.path, file.text, request.options)]));
    worker.once('message', (response: SummarizeResponse) => finish(response.results));
    worker.once('error', fallback);
    worker.once('exit', () => fallback());
    worker.postMessage(request);
  });
}
