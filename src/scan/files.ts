import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { hasNoExtension, isSourceFile, scriptExtension } from '../analyzer/source-files';
import type { FileResult } from '../analyzer/types';
import { errorMessage } from '../analyzer/errors';
import type { ExcludeMatcher } from './exclude';

/** Installed dependencies and version-control data: never what a user means to scan. */
export const DEPENDENCY_AND_VCS_FOLDERS: ReadonlySet<string> = new Set([
  'node_modules', 'bower_components', 'jspm_packages',
  '.git', '.hg', '.svn',
]);

/** Folders a walk never enters: dependencies, VCS data, build output and tool caches. */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  ...DEPENDENCY_AND_VCS_FOLDERS,
  'dist', 'build', 'out', 'coverage', '.nyc_output',
  '.next', '.nuxt', '.svelte-kit', '.output', '.vercel', '.turbo', '.angular', '.docusaurus', 'storybook-static',
  '.cache', '.parcel-cache', '.yarn', '.pnpm-store', '.vscode-test',
]);

/** Why a path is not a file the analyzer reads, or undefined when it is one. */
export function sourcePathProblem(filePath: string): string | undefined {
  if (isSourceFile(filePath)) return undefined;
  return /\.d\.[cm]?ts$/i.test(filePath) ? 'declaration file' : 'not a JavaScript or TypeScript source file';
}

export const NO_SUCH_FILE = 'no such file or directory';

/** Short, stable text for a file system error ("permission denied"), without the path Node puts in `message`. */
export function describeFsError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT': return NO_SUCH_FILE;
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'a path component is not a directory';
    default: return errorMessage(error);
  }
}

export interface Discovery {
  /** Files to read, as the user spelled them or joined from the folder they named; sorted, no duplicates. */
  files: string[];
  /** Named paths and folders that could not be listed, as finished result entries. */
  problems: FileResult[];
  /** Folders a walk did not enter (dependencies, VCS data, build output), as displayed; sorted. */
  skippedFolders: string[];
  /** Walked source files left out by an exclude glob. */
  excludedFiles: number;
}

/**
 * Expands the command-line paths into files. Named files are kept whatever their name or folder
 * (the reader reports what it cannot analyze); folders are walked for source files, less the excluded ones.
 */
export async function discoverFiles(paths: readonly string[], excluded: ExcludeMatcher = () => undefined): Promise<Discovery> {
  const found = new Map<string, string>(); // absolute path -> path as displayed; first spelling wins
  const problems: FileResult[] = [];
  const skippedFolders: string[] = [];
  let excludedFiles = 0;
  const visitedFolders = new Set<string>();
  const addFile = (displayPath: string) => {
    const key = path.resolve(displayPath);
    if (!found.has(key)) found.set(key, displayPath);
  };
  const addWalkedFile = (displayPath: string) => {
    if (excluded(displayPath) === undefined) addFile(displayPath);
    else excludedFiles++;
  };

  for (const given of paths) {
    let stats;
    try {
      // concurrency-advisor-disable-next-line await-in-loop-independent -- in order: the first spelling of a file wins
      stats = await fs.stat(given);
    } catch (error) {
      problems.push(problemEntry(given, describeFsError(error)));
      continue;
    }
    if (stats.isDirectory()) await walkFolder(given, visitedFolders, addWalkedFile, problems, skippedFolders);
    else addFile(given);
  }

  return { files: [...found.values()].sort(compareStrings), problems, skippedFolders: [...new Set(skippedFolders)].sort(compareStrings), excludedFiles };
}

/** Depth-first walk with an explicit stack; `visited` holds real paths so symlink loops end. */
async function walkFolder(
  root: string,
  visited: Set<string>,
  addFile: (displayPath: string) => void,
  problems: FileResult[],
  skippedFolders: string[],
): Promise<void> {
  const pending = [root];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    let entries;
    try {
      const realPath = await fs.realpath(folder);
      if (visited.has(realPath)) continue;
      visited.add(realPath);
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
      problems.push(problemEntry(folder, `cannot read directory: ${describeFsError(error)}`));
      continue;
    }
    const scriptCandidates: string[] = [];
    for (const entry of entries) {
      const entryPath = path.join(folder, entry.name);
      // concurrency-advisor-disable-next-line await-in-loop-independent -- only symbolic links wait, and they are rare
      const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && (await isFolderBehindLink(entryPath)));
      if (isFolder) {
        if (SKIPPED_FOLDERS.has(entry.name)) skippedFolders.push(entryPath);
        else pending.push(entryPath);
      } else if (isSourceFile(entry.name)) {
        // Broken links and special files are listed too: the reader reports them per file.
        addFile(entryPath);
      } else if (entry.isFile() && hasNoExtension(entry.name)) {
        scriptCandidates.push(entryPath);
      }
    }
    // `bin/cli` with `#!/usr/bin/env node`: a look at the first line of each file without an extension.
    const scripts = await Promise.all(scriptCandidates.map(isNodeScript));
    scriptCandidates.forEach((candidate, index) => scripts[index] && addFile(candidate));
  }
}

const SCRIPT_SNIFF_BYTES = 256;

/** Whether a file without an extension, found by a folder walk, is a Node script; unreadable files are not. */
async function isNodeScript(filePath: string): Promise<boolean> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(filePath, 'r');
    const head = Buffer.alloc(SCRIPT_SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SCRIPT_SNIFF_BYTES, 0);
    return scriptExtension(head.subarray(0, bytesRead).toString('utf8')) !== undefined;
  } catch {
    return false;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function isFolderBehindLink(linkPath: string): Promise<boolean> {
  try {
    return (await fs.stat(linkPath)).isDirectory();
  } catch {
    return false;
  }
}

function problemEntry(filePath: string, error: string): FileResult {
  return { path: filePath, functions: [], diagnostics: [], error };
}

/** Code-unit order: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
