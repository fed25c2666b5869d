import { Project, type AnalyzeOptions, type SourceHost } from '../analyzer/project';
import type { FileResult } from '../analyzer/types';
import { errorMessage } from '../analyzer/errors';

export function optionsKey(options: AnalyzeOptions): string {
  const rules = Object.entries(options.rules ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([rules, options.minConfidence ?? 0, options.constantLoopLimit ?? null]);
}

/**
 * One analyzer `Project` (with its parsed-model cache) per distinct set of analysis options, usually just one.
 * Text changes and invalidations go to every project; the least recently used project goes beyond `capacity`.
 */
export class ProjectPool {
  private readonly projects = new Map<string, Project>();

  constructor(private readonly host: SourceHost, private readonly capacity = 4) {}

  get(options: AnalyzeOptions): Project {
    const key = optionsKey(options);
    let project = this.projects.get(key);
    if (project) {
      this.projects.delete(key); // re-insert: most recently used last
    } else {
      project = new Project(this.host, options);
      if (this.projects.size >= this.capacity) this.projects.delete(this.projects.keys().next().value!);
    }
    this.projects.set(key, project);
    return project;
  }

  /** A project of its own (not cached), e.g. to try texts that must not replace the documents' own. */
  scratch(options: AnalyzeOptions): Project {
    return new Project(this.host, options);
  }

  /**
   * Files that import `path`, directly or through others, as the analyzer linked them (union over the projects,
   * nearest first); at most `limit`.
   */
  dependentsOf(path: string, limit = Number.POSITIVE_INFINITY): string[] {
    const result = new Set<string>();
    for (const project of this.projects.values()) {
      for (const dependent of project.dependentsOf(path)) {
        if (result.size >= limit) return [...result];
        result.add(dependent);
      }
    }
    return [...result];
  }

  setText(path: string, text: string): void {
    for (const project of this.projects.values()) project.setText(path, text);
  }

  invalidate(path: string): void {
    for (const project of this.projects.values()) project.invalidate(path);
  }

  /** Drop a project, e.g. after it threw: its caches may be inconsistent. */
  discard(options: AnalyzeOptions): void {
    this.projects.delete(optionsKey(options));
  }

  clear(): void {
    this.projects.clear();
  }
}

/** Analyzes files with a project; an analyzer exception becomes an `error` entry per file instead of escaping. */
export function analyzeSafely(
  project: Project,
  paths: readonly string[],
  texts: ReadonlyMap<string, string> | undefined,
  onError: (error: unknown, path?: string) => void,
): FileResult[] {
  try {
    return project.analyzeFiles(paths, texts);
  } catch (error) {
    if (paths.length === 1) {
      onError(error, paths[0]);
      return [{ path: paths[0], functions: [], diagnostics: [], error: `internal error while analyzing: ${errorMessage(error)}` }];
    }
    // One bad file must not lose the others: redo the batch file by file.
    return paths.flatMap((path) => analyzeSafely(project, [path], texts?.has(path) ? new Map([[path, texts.get(path)!]]) : undefined, onError));
  }
}
