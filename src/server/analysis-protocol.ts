// The messages between the language server's main thread and its analysis worker (src/server/analysis-worker.ts).
// Every request carries an id; the worker answers each with `{ id, result }` or `{ id, error }`, in order.
import type { AnalyzeOptions } from '../analyzer/project';
import type { Diagnostic, FileResult } from '../analyzer/types';
import type { FixResult } from '../fixes/types';

/** Open documents' texts for the worker's source host: `null` means open but not readable (too large, binary). */
export type OpenTexts = [path: string, text: string | null][];

/** What each request kind takes and gives. */
export interface AnalysisRequests {
  /** Analyze an open document (or any path, with the text given). */
  analyze: { payload: { path: string; text?: string; options: AnalyzeOptions }; result: FileResult };
  /** A file that is not open, read from disk (size, binary and minified checks included). */
  analyzeDisk: { payload: { path: string; options: AnalyzeOptions }; result: FileResult };
  /** Files that import `path`, nearest first; with `ifOpenDiffersFromDisk`, none when the open text equals the disk. */
  dependents: { payload: { path: string; limit: number; ifOpenDiffersFromDisk?: boolean }; result: string[] };
  /** The document was closed: its importers (as linked before the close) are returned, then the disk is the truth. */
  close: { payload: { path: string; limit: number }; result: string[] };
  /** Files changed on disk (workspace/didChangeWatchedFiles); returns the importers of the changed source files. */
  filesChanged: { payload: { changes: { path: string; open: boolean; sourceFile: boolean }[]; limit: number }; result: string[] };
  /** Reads files ahead of a workspace run, without blocking the worker. */
  preload: { payload: { paths: string[] }; result: null };
  /** One batch of a workspace run: one call graph, solved once. */
  workspaceBatch: { payload: { paths: string[]; options: AnalyzeOptions }; result: FileResult[] };
  /** Drops every cached disk read (after a workspace run). */
  invalidateAll: { payload: Record<string, never>; result: null };
  /** Quick fixes of some diagnostics of one text; `texts` holds the other files the edits touch, for positions. */
  fixes: { payload: { path: string; text: string; options: AnalyzeOptions; diagnostics: Diagnostic[] }; result: { results: FixResult[]; texts: Record<string, string> } };
  /** The text after every safe, local fix (source.fixAll). */
  fixAll: { payload: { path: string; text: string; options: AnalyzeOptions; rules: string[] }; result: string };
  /** Test hook: the worker's memory, after a full GC when asked. */
  memory: { payload: { gc: boolean }; result: NodeJS.MemoryUsage };
  /** Test hook: makes the worker die (an uncaught exception, `process.exit`, running out of memory) or hang. */
  crash: { payload: { mode: CrashMode }; result: never };
}

export type CrashMode = 'throw' | 'exit' | 'oom' | 'hang';

export type AnalysisKind = keyof AnalysisRequests;
export type PayloadOf<K extends AnalysisKind> = AnalysisRequests[K]['payload'];
export type ResultOf<K extends AnalysisKind> = AnalysisRequests[K]['result'];

export interface WorkerRequest<K extends AnalysisKind = AnalysisKind> {
  id: number;
  kind: K;
  payload: PayloadOf<K>;
  /** Open texts changed since the previous request, applied before the request runs. */
  texts?: OpenTexts;
}

export type WorkerResponse = { id: number; result: unknown } | { id: number; error: string };

/** Messages the worker sends on its own. */
export type WorkerEvent = { type: 'ready' } | { type: 'log'; level: 'log' | 'error'; message: string };

export type WorkerMessage = WorkerResponse | WorkerEvent;

/** What the worker is started with (`workerData`). */
export interface WorkerStartData {
  /** Files (and open texts) larger than this are not read for analysis. */
  maxFileSize: number;
  /** Accept the test-hook requests (`memory`, `crash`) and the crash marker in analyzed texts. */
  testHooks: boolean;
}
