import type { FileResult } from '../analyzer/types';
import { discoverFiles } from '../scan/files';
import { containingFolder, excludingGlob } from './paths';
import type { Settings } from './settings';

/** The files of one workspace folder that its settings let through. */
export interface FolderFiles {
  folder: string;
  settings: Settings;
  files: string[];
}

/**
 * Source files of the workspace folders, each listed once, under the innermost folder that holds it (nested
 * folders have settings of their own), without excluded files and folders whose analysis is disabled.
 */
export async function workspaceFiles(folders: readonly string[], settingsOf: (folder: string) => Promise<Settings>): Promise<FolderFiles[]> {
  const groups = await Promise.all(
    folders.map(async (folder): Promise<FolderFiles> => {
      const settings = await settingsOf(folder);
      if (!settings.enable) return { folder, settings, files: [] };
      const { files } = await discoverFiles([folder]);
      const own = files.filter((file) => (containingFolder(file, folders) ?? folder) === folder);
      return { folder, settings, files: own.filter((file) => excludingGlob(file, settings.exclude, folders) === undefined) };
    }),
  );
  return groups.filter((group) => group.files.length > 0);
}

export interface BatchRunOptions {
  batchSize: number;
  isCancelled(): boolean;
  analyze(batch: readonly string[]): FileResult[] | Promise<FileResult[]>;
  onResults(results: readonly FileResult[]): void;
  onProgress(done: number, total: number): void;
}

/**
 * Analyzes files in batches, one batch at a time, and turns the event loop between batches, so requests that arrive
 * in the meantime are served (and queued for the analysis worker between two batches rather than after the whole
 * run). Returns the number of files done and whether it was cancelled.
 */
export async function runInBatches(files: readonly string[], options: BatchRunOptions): Promise<{ done: number; cancelled: boolean }> {
  let done = 0;
  for (let start = 0; start < files.length; start += options.batchSize) {
    if (options.isCancelled()) return { done, cancelled: true };
    const batch = files.slice(start, start + options.batchSize);
    // concurrency-advisor-disable-next-line await-in-loop-independent -- one batch at a time, by design
    options.onResults(await options.analyze(batch));
    done += batch.length;
    options.onProgress(done, files.length);
    // concurrency-advisor-disable-next-line await-in-loop-independent -- yielding to the event loop, not I/O
    await turnEventLoop();
  }
  return { done, cancelled: false };
}

export function turnEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
