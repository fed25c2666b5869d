import { Project, type AnalyzeOptions } from './project';
import type { FileResult } from './types';

/** Analyze one file's text on its own: imports of other files are not followed. */
export function analyze(text: string, options: { fileName: string } & AnalyzeOptions): FileResult {
  const { fileName, ...analyzeOptions } = options;
  const onlyThisFile = { readFile: (path: string) => (path === fileName ? text : undefined) };
  return new Project(onlyThisFile, analyzeOptions).analyzeFile(fileName, text);
}
