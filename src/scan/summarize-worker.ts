import { parentPort } from 'node:worker_threads';
import { summarizeText, type AnalyzeOptions, type Loaded } from '../analyzer/project';
import { errorMessage } from '../analyzer/errors';

export interface SummarizeRequest {
  files: { path: string; text: string }[];
  options: AnalyzeOptions;
}

export interface SummarizeResponse {
  results: [string, Loaded][];
}

// Parses and summarizes its share of the files; only plain summaries travel back, never ASTs.
parentPort?.on('message', (request: SummarizeRequest) => {
  const results: [string, Loaded][] = request.files.map(({ path, text }) => {
    try {
      return [path, summarizeText(path, text, request.options)];
    } catch (error) {
      return [path, { ok: false, error: `internal error while analyzing: ${errorMessage(error)}`, hash: '' }];
    }
  });
  parentPort!.postMessage({ results } satisfies SummarizeResponse);
});
