import { Project, type AnalyzeOptions } from '../analyzer/project';
import type { FileResult } from '../analyzer/types';
import { compareStrings, discoverFiles } from './files';
import { NodeSourceHost } from './host';
import type { SourceRead } from './read';

export { NodeSourceHost } from './host';
export { DEFAULT_MAX_FILE_SIZE, formatByteSize, looksMinified, readSourceFile, type SourceRead } from './read';
export { SKIPPED_FOLDERS, discoverFiles } from './files';

export interface ScanOptions extends AnalyzeOptions {
  /** Files larger than this many bytes are skipped (default 2 MB). */
  maxFileSize?: number;
  /** Called after each file with the number of files done and the number found. */
  onProgress?: (done: number, total: number) => void;
}

export interface ScanResult {
  version: 1;
  /** One entry per file (or unreadable folder / missing path), sorted by path. */
  files: FileResult[];
}

/**
 * Analyzes the source files in `paths` (files or folders). Problems with single files become
 * entries with `error` or `skipped`; the scan itself only fails on bugs.
 */
export async function scan(paths: string[], options: ScanOptions = {}): Promise<ScanResult> {
  const { maxFileSize, onProgress, ...analyzeOptions } = options;
  const { files, problems } = await discoverFiles(paths);
  const host = new NodeSourceHost(maxFileSize);
  const project = new Project(host, analyzeOptions);

  const results: FileResult[] = [...problems];
  for (const [index, filePath] of files.entries()) {
    results.push(analyzeOne(project, filePath, host.load(filePath)));
    onProgress?.(index + 1, files.length);
  }
  results.sort((a, b) => compareStrings(a.path, b.path));
  return { version: 1, files: results };
}

function analyzeOne(project: Project, filePath: string, read: SourceRead): FileResult {
  if (!('text' in read)) return { path: filePath, functions: [], diagnostics: [], ...read };
  try {
    return { ...project.analyzeFile(filePath, read.text), path: filePath };
  } catch (error) {
    // An analyzer bug on one file must not lose the results of all the others.
    const message = error instanceof Error ? error.message : String(error);
    return { path: filePath, functions: [], diagnostics: [], error: `internal error while analyzing: ${message}` };
  }
}
